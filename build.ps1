<#
.SYNOPSIS
    Builds, tests and packages the ParlerCase module.
.DESCRIPTION
    Each task is a thin wrapper over dotnet commands that also work alone (CI has no pwsh):
      Build    dotnet build                      -> bin/ (what ParlerCase.psd1 loads)
      Test     dotnet test, then Pester if installed
      Package  dotnet build src/ParlerCase.PowerShell -c Release -t:PackageModule -> out/ParlerCase/
      Clean    removes bin/, out/, the generated help and every project's obj/ and bin/
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

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    Write-Verbose "dotnet $Arguments"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

foreach ($step in $Task) {
    switch ($step) {
        'Build' {
            Invoke-Dotnet build (Join-Path $root 'ParlerCase.slnx') -c $Configuration
        }
        'Test' {
            Invoke-Dotnet test (Join-Path $root 'ParlerCase.slnx') -c $Configuration
            if (Get-Module -ListAvailable -Name Pester | Where-Object Version -ge '5.0') {
                $result = Invoke-Pester -Path (Join-Path $root 'tests/Pester') -PassThru -Output Detailed
                if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
            }
            else {
                Write-Warning 'Pester 5 is not installed: the Pester suite was skipped (Install-Module Pester).'
            }
        }
        'Package' {
            Invoke-Dotnet build (Join-Path $root 'src/ParlerCase.PowerShell/ParlerCase.PowerShell.csproj') -c Release -t:PackageModule
            Write-Host "Module laid out in $(Join-Path $root 'out/ParlerCase')"
        }
        'Clean' {
            foreach ($path in @('bin', 'out', 'en-US/ParlerCase.PowerShell.dll-Help.xml') | ForEach-Object { Join-Path $root $_ }) {
                if (Test-Path -LiteralPath $path) { Remove-Item -LiteralPath $path -Recurse -Force }
            }
            Get-ChildItem -LiteralPath (Join-Path $root 'src'), (Join-Path $root 'tests') -Directory -Recurse -Include bin, obj |
                Remove-Item -Recurse -Force
        }
    }
}
