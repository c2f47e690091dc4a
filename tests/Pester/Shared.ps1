# Dot-sourced by every test file, in BeforeDiscovery and in BeforeAll: the module under test imported from the clone,
# and a way to start a fresh pwsh like the one running the suite.
$RepoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$Manifest = Join-Path $RepoRoot 'ParlerCase.psd1'
$Seeds = Join-Path $RepoRoot 'seeds'
if (-not (Get-Module ParlerCase)) { Import-Module $Manifest -ErrorAction Stop }

# The PowerShell running the suite: pwsh itself, or `dotnet pwsh.dll` under the .NET tool.
function Get-PwshCommand {
    $process = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { return @($process, (Join-Path $PSHOME 'pwsh.dll')) }
    return @($process)
}

# Runs a script in a fresh pwsh (no profile, non-interactive) and returns its output lines; $LASTEXITCODE is its exit
# code. -Environment sets (or, with $null, removes) environment variables for that process only.
function Invoke-FreshPwsh {
    param([Parameter(Mandatory)] [string] $Script, [string] $WorkingDirectory = $RepoRoot, [hashtable] $Environment = @{})
    $pwsh = @(Get-PwshCommand)
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-OutputFormat', 'Text', '-EncodedCommand', [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Script)))
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $Environment[$name])
    }
    Push-Location -LiteralPath $WorkingDirectory
    try { & $pwsh[0] @arguments 2>&1 | ForEach-Object { "$_" } }
    finally {
        Pop-Location
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
}

# The configuration of the build under test (bin/ holds the last one built): the package is laid out from it.
function Get-BuildConfiguration {
    $built = Get-ChildItem -Path (Join-Path $RepoRoot 'src/ParlerCase.PowerShell/bin/*/netstandard2.0/ParlerCase.PowerShell.dll') |
        Sort-Object LastWriteTime | Select-Object -Last 1
    Split-Path -Leaf (Split-Path -Parent $built.DirectoryName)
}

# Lays the module out as ./build.ps1 -Task Package does, from the build under test, in a folder of the caller's own.
function New-ModulePackage {
    param([Parameter(Mandatory)] [string] $Folder)
    $project = Join-Path $RepoRoot 'src/ParlerCase.PowerShell/ParlerCase.PowerShell.csproj'
    $log = & dotnet msbuild $project -t:PackageModule -p:NoBuild=true "-p:Configuration=$(Get-BuildConfiguration)" "-p:PackageFolder=$Folder/" -nologo -v:q 2>&1
    if ($LASTEXITCODE -ne 0) { throw "PackageModule failed: $log" }
}

# The commands of the module, and their output on the bundled corpus (each command run once per test file).
function Get-ModuleCommandName { @((Get-Command -Module ParlerCase -CommandType Cmdlet, Function).Name | Sort-Object) }

# Calls whose output types the commands run without arguments do not write.
function Get-ExtraInvocation {
    'Compare-Source -Summary'
    'Compare-Source -ReferenceSource 002_16e59721cee184d8 -DifferenceSource 003_d9c06794e69f0419 -IncludeEqual'
    'Get-CaseEvent | ForEach-Object Mentions'
    'Compare-Source | ForEach-Object Mentions'
}

# The output of a command line on the bundled corpus, run once per test file.
$CommandOutput = @{}
function Get-CommandOutput {
    param([Parameter(Mandatory)] [string] $Invocation)
    if (-not $CommandOutput.ContainsKey($Invocation)) { $CommandOutput[$Invocation] = @(& ([scriptblock]::Create($Invocation))) }
    return , $CommandOutput[$Invocation]
}
