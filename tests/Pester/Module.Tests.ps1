#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The module as a PowerShell user meets it: its about topic, completion, the published package.
# build.ps1 -Task Test runs it under Set-StrictMode -Version Latest.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Shared.ps1')
}

Describe 'About topic' {
    It 'has an about topic on the evidence fields' {
        Get-Help about_ParlerCase | Out-String | Should -Match 'EVIDENCE FIELDS'
    }
}

Describe 'The suite runner (Invoke-Suite.ps1, what build.ps1 -Task Test runs)' {
    It 'runs under Set-StrictMode -Version Latest' {
        { $null = $aVariableNoTestSets } | Should -Throw
    }

    It 'fails a run whose test file fails before its tests run, though every test that ran passed' {
        $modules = Split-Path -Parent (Split-Path -Parent (Get-Module Pester).ModuleBase)
        $suite = Join-Path $TestDrive 'suite'
        New-Item -ItemType Directory -Path $suite | Out-Null
        Set-Content -LiteralPath (Join-Path $suite 'Fine.Tests.ps1') -Value "Describe 'fine' { It 'passes' { 1 | Should -Be 1 } }"
        # Under strict mode the discovery of this file fails: its container fails, and Invoke-Pester's FailedCount is 0.
        Set-Content -LiteralPath (Join-Path $suite 'Broken.Tests.ps1') -Value "Describe 'broken' -ForEach @(`$undefinedList.Name) { It 'never runs' { 1 | Should -Be 1 } }"
        $run = "& '$(Join-Path $PSScriptRoot 'Invoke-Suite.ps1')' -ModulePath '$modules' -Path '$suite'; exit `$LASTEXITCODE"
        $lines = Invoke-FreshPwsh $run
        $LASTEXITCODE | Should -Be 1 -Because ($lines -join "`n")
        $lines | Should -Contain 'Pester: 1 passed, 0 failed, 0 skipped'
        ($lines -join "`n") | Should -Match 'Broken\.Tests\.ps1: Failed'

        # The passing run is this suite's own: build.ps1 -Task Test runs it with Invoke-Suite.ps1.
    }
}

Describe 'Completion' {
    It 'completes source Ids of the bundled corpus' {
        $line = 'Get-CaseSource -Id 003'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText |
            Should -Be '003_d9c06794e69f0419'
    }
}

Describe 'Package' {
    It 'publishes to a local repository with Publish-PSResource, installs with Install-PSResource into a clean module path and runs in a fresh pwsh' {
        $package = Join-Path $TestDrive 'out/ParlerCase'
        New-ModulePackage $package
        foreach ($file in 'ParlerCase.psd1', 'README.md', 'LICENSE', 'bin/ParlerCase.PowerShell.dll', 'bin/ParlerCase.Loading.dll', 'bin/ParlerCase.Core.dll', 'en-US/about_ParlerCase.help.txt', 'en-US/ParlerCase.PowerShell.dll-Help.xml') {
            Join-Path $package $file | Should -Exist
        }
        @(Get-ChildItem -LiteralPath (Join-Path $package 'seeds') -Filter *.txt).Count | Should -Be 5
        # Only the module's own assemblies beside the manifest's RootModule: a third-party one there would load in the host's context.
        @(Get-ChildItem -LiteralPath (Join-Path $package 'bin') -Filter *.dll).Name | Sort-Object | Should -Be @('ParlerCase.Core.dll', 'ParlerCase.Loading.dll', 'ParlerCase.PowerShell.dll')
        Test-ModuleManifest -Path (Join-Path $package 'ParlerCase.psd1') | Should -Not -BeNullOrEmpty

        # A home of its own: the repository registration and the CurrentUser module path start empty.
        $homeFolder = Join-Path $TestDrive 'home'
        $repository = Join-Path $TestDrive 'repository'
        New-Item -ItemType Directory -Path $homeFolder, $repository | Out-Null
        $environment = @{ HOME = $homeFolder; XDG_DATA_HOME = (Join-Path $homeFolder '.local/share'); XDG_CONFIG_HOME = (Join-Path $homeFolder '.config'); XDG_CACHE_HOME = (Join-Path $homeFolder '.cache'); PSModulePath = $null }
        # .NET gives no LocalApplicationData folder that does not exist, and PSResourceGet would then keep its
        # repository list in the current folder.
        New-Item -ItemType Directory -Path $environment.XDG_DATA_HOME, $environment.XDG_CONFIG_HOME, $environment.XDG_CACHE_HOME | Out-Null
        $publish = @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name ParlerCaseTest -Uri '$repository' -Trusted
Publish-PSResource -Path '$package' -Repository ParlerCaseTest
Install-PSResource -Name ParlerCase -Repository ParlerCaseTest -Scope CurrentUser -TrustRepository
'installed: ' + (Get-InstalledPSResource -Name ParlerCase).Version
"@
        $lines = Invoke-FreshPwsh $publish -Environment $environment
        $LASTEXITCODE | Should -Be 0 -Because ($lines -join "`n")
        $lines | Should -Contain 'installed: 0.1.0'
        Join-Path $environment.XDG_DATA_HOME 'PSResourceGet/PSResourceRepository.xml' | Should -Exist

        $run = @'
$ErrorActionPreference = 'Stop'
Import-Module ParlerCase
$module = Get-Module ParlerCase
'base: ' + $module.ModuleBase
[AppDomain]::CurrentDomain.GetAssemblies().Where({ $_.GetName().Name -like 'ParlerCase.*' }).ForEach({ 'assembly: ' + $_.Location })
# A file writer writes to a temporary file and passes the file on.
Get-Command -Module ParlerCase | ForEach-Object {
    $file = @{}; if ($_.Verb -eq 'Export') { $file = @{ Path = [IO.Path]::GetTempFileName(); PassThru = $true } }
    $out = @(& $_.Name @file); if ($file.Path) { [IO.File]::Delete($file.Path) }
    'cmdlet: {0} {1}' -f $_.Name, $out.Count
}
'@
        $lines = Invoke-FreshPwsh $run -Environment $environment
        $LASTEXITCODE | Should -Be 0 -Because ($lines -join "`n")
        $installed = Join-Path $homeFolder '.local/share/powershell/Modules/ParlerCase'
        if ($IsWindows) { $installed = Join-Path $homeFolder 'Documents/PowerShell/Modules/ParlerCase' }
        ($lines -match '^base: ') | Should -BeLike "base: $installed*"
        $assemblies = @($lines -match '^assembly: ')
        $assemblies.Count | Should -Be 3
        $assemblies | ForEach-Object { $_ | Should -BeLike "assembly: $installed*" }
        $cmdlets = @($lines -match '^cmdlet: ')
        $cmdlets.Count | Should -Be @(Get-ModuleCommandName).Count
        $cmdlets | ForEach-Object { $_ | Should -Match '^cmdlet: \S+ [1-9]\d*$' -Because 'every cmdlet writes objects on the bundled corpus' }
    }
}
