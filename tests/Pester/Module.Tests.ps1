#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The module as a PowerShell user meets it: help, completion, export, the published package. For machines with
# pwsh and Pester 5; CI parses this file (tests/ParlerCase.Module.Tests/PesterSuiteTests.cs) and runs the same
# checks through the hosted engine.

BeforeAll {
    $repoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    Import-Module (Join-Path $repoRoot 'ParlerCase.psd1') -Force
}

Describe 'Help' {
    It 'describes <_> with a synopsis, every parameter and two examples' -ForEach @((Get-Command -Module ParlerCase).Name) {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeLike "$_*"
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        foreach ($parameter in @($help.parameters.parameter)) {
            ($parameter.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
        }
    }

    It 'has an about topic on the evidence fields' {
        Get-Help about_ParlerCase | Out-String | Should -Match 'EVIDENCE FIELDS'
    }
}

Describe 'Completion' {
    It 'completes source Ids of the bundled corpus' {
        $line = 'Get-CaseSource -Id 003'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText |
            Should -Be '003_d9c06794e69f0419'
    }
}

Describe 'Export' {
    It 'writes <_> to CSV without type names or collections' -ForEach @((Get-Command -Module ParlerCase).Name) {
        $csv = Join-Path $TestDrive "$_.csv"
        & $_ | Export-Csv -LiteralPath $csv -NoTypeInformation -Encoding utf8
        $rows = Import-Csv -LiteralPath $csv
        $rows | Should -Not -BeNullOrEmpty
        $rows.ForEach({ $_.PSObject.Properties.Value }) | Should -Not -Match '^(System|ParlerCase)\.[\w.]+(\[\])?$'
    }
}

Describe 'Package' {
    It 'lays out out/ParlerCase and the package runs every cmdlet in a new session' {
        & (Join-Path $repoRoot 'build.ps1') -Task Package
        $manifest = Join-Path $repoRoot 'out/ParlerCase/ParlerCase.psd1'
        Test-ModuleManifest -Path $manifest | Should -Not -BeNullOrEmpty
        $counts = pwsh -NoProfile -Command "Import-Module '$manifest'; Get-Command -Module ParlerCase | ForEach-Object { @(& `$_.Name).Count }"
        $LASTEXITCODE | Should -Be 0
        $counts | ForEach-Object { [int]$_ | Should -BeGreaterThan 0 }
    }
}
