<#
.SYNOPSIS
    Builds, tests and packages the ParlerCase module.
.DESCRIPTION
    Each task is a thin wrapper over dotnet commands:
      Build    dotnet build                      -> bin/ (what ParlerCase.psd1 loads)
      Test     dotnet test (xunit), then the Pester suite (tests/Pester) in a fresh pwsh under
               Set-StrictMode -Version Latest, with Pester 5.7.1 restored from NuGet into artifacts/modules/
               (nothing is installed). Fails when a test or a test file fails, or a test file is not discovered.
      Package  dotnet build src/ParlerCase.PowerShell -c Release -t:PackageModule -> out/ParlerCase/
      Clean    removes bin/, out/, artifacts/, the generated help and every project's obj/ and bin/
    On a machine with only the .NET SDK: dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
.EXAMPLE
    ./build.ps1 -Task Build, Test
.EXAMPLE
    ./build.ps1 -Task Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Clean')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$pesterVersion = '5.7.1'

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    Write-Verbose "dotnet $Arguments"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

# The PowerShell running this script, to start a fresh one: pwsh itself, or `dotnet pwsh.dll` under the .NET tool.
function Get-PwshCommand {
    $process = if ($PSVersionTable.PSEdition -eq 'Core') { [Environment]::ProcessPath } else { (Get-Process -Id $PID).Path }
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { return @($process, (Join-Path $PSHOME 'pwsh.dll')) }
    return @($process)
}

function Invoke-PesterSuite {
    Invoke-Dotnet msbuild (Join-Path $root 'tests/Pester/Pester.csproj') '-restore' '-t:LayOutPester' '-nologo' '-v:m'
    $modules = Join-Path $root 'artifacts/modules'
    $suite = Join-Path $root 'tests/Pester'
    # A fresh process: the suite imports the module it tests, and strict mode holds from the top scope down.
    $pwsh = @(Get-PwshCommand)
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', (Join-Path $suite 'Invoke-Suite.ps1'), '-ModulePath', $modules, '-Path', $suite, '-PesterVersion', $pesterVersion)
    & $pwsh[0] @arguments
    if ($LASTEXITCODE -ne 0) { throw "The Pester suite failed (exit code $LASTEXITCODE)." }
}

foreach ($step in $Task) {
    switch ($step) {
        'Build' {
            Invoke-Dotnet build (Join-Path $root 'ParlerCase.slnx') -c $Configuration
        }
        'Test' {
            Invoke-Dotnet test (Join-Path $root 'ParlerCase.slnx') -c $Configuration
            Invoke-PesterSuite
        }
        'Package' {
            Invoke-Dotnet build (Join-Path $root 'src/ParlerCase.PowerShell/ParlerCase.PowerShell.csproj') -c Release -t:PackageModule
            Write-Host "Module laid out in $(Join-Path $root 'out/ParlerCase')"
        }
        'Clean' {
            foreach ($path in @('bin', 'out', 'artifacts', 'en-US/ParlerCase.PowerShell.dll-Help.xml') | ForEach-Object { Join-Path $root $_ }) {
                if (Test-Path -LiteralPath $path) { Remove-Item -LiteralPath $path -Recurse -Force }
            }
            Get-ChildItem -LiteralPath (Join-Path $root 'src'), (Join-Path $root 'tests') -Directory -Recurse -Include bin, obj |
                Remove-Item -Recurse -Force
        }
    }
}
