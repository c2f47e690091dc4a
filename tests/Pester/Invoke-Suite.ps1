<#
.SYNOPSIS
    Runs Pester test files under Set-StrictMode -Version Latest and exits 1 unless every file was discovered and passed.
.DESCRIPTION
    build.ps1 -Task Test starts it in a fresh pwsh after restoring Pester from NuGet into -ModulePath. Invoke-Pester's
    FailedCount alone passes a run whose test file failed in discovery or in a BeforeAll: here a run fails when a
    test fails, a file (container) fails or finds no test, a file is not run, or a test is not run.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $Path,
    [string] $PesterVersion = '5.7.1'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$env:PSModulePath = $ModulePath + [IO.Path]::PathSeparator + $env:PSModulePath
Import-Module Pester -RequiredVersion $PesterVersion

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration

$files = @(Get-ChildItem -LiteralPath $Path -Filter *.Tests.ps1 -Recurse | ForEach-Object FullName)
$problems = @(
    foreach ($container in $result.Containers) {
        if ($container.Result -ne 'Passed') { "$($container.Item): $($container.Result)" }
        elseif ($container.TotalCount -eq 0) { "$($container.Item): no test discovered" }
    }
    foreach ($file in $files) {
        if (-not @($result.Containers | Where-Object { "$($_.Item)" -eq $file })) { "${file}: not run" }
    }
    if ($result.NotRunCount -gt 0) { "$($result.NotRunCount) test(s) not run" }
    if ($result.TotalCount -eq 0) { 'no test discovered' }
)
foreach ($problem in $problems) { Write-Host "Pester: $problem" }
Write-Host "Pester: $($result.PassedCount) passed, $($result.FailedCount) failed, $($result.SkippedCount) skipped"
if ($result.FailedCount -gt 0 -or $problems.Count -gt 0) { exit 1 }
exit 0
