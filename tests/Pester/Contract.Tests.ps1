#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# What every command of the module promises, checked on its output on the bundled corpus: a new cmdlet is covered
# as soon as it is exported. Export-Csv / Import-Csv, Select-Object / Sort-Object / Group-Object / Where-Object,
# Format-Table and Format-List at 80 and 120 columns, type names scripts can use.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Shared.ps1')
    # A file writer (Export-*) writes a file and, with -PassThru, its FileInfo: its own tests cover it.
    $commands = Get-ModuleCommandName | Where-Object { $_ -notlike 'Export-*' }
    # Each command as is, and the calls that give the output types it declares besides (a test below checks that
    # every declared type is covered), and the nested detail scripts pipe on.
    $invocations = @($commands) + @(Get-ExtraInvocation)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Shared.ps1')

    # The default view of a type, as the engine holds it.
    function Get-View {
        param([string] $TypeName, [type] $Control)
        (Get-FormatData -TypeName $TypeName -PowerShellVersion $PSVersionTable.PSVersion).FormatViewDefinition |
            Where-Object { $_.Control -is $Control } | Select-Object -First 1
    }

    # The values Export-Csv writes: ToString() of each property, in the current culture.
    function ConvertTo-CsvText { param($Value) if ($null -eq $Value) { '' } else { $Value.ToString() } }

    function Test-Collection { param($Value) $null -ne $Value -and $Value -isnot [string] -and $Value -is [System.Collections.IEnumerable] }
}

Describe 'Output types' {
    It 'are all covered by the calls this file checks' {
        $covered = foreach ($invocation in @(Get-ModuleCommandName | Where-Object { $_ -notlike 'Export-*' }) + @(Get-ExtraInvocation)) {
            $output = Get-CommandOutput $invocation
            $output | ForEach-Object { $_.PSObject.TypeNames[0] }
        }
        foreach ($command in Get-Command -Module ParlerCase | Where-Object Verb -ne 'Export') {
            foreach ($type in $command.OutputType.Name) {
                $covered | Should -Contain $type -Because "$($command.Name) declares [OutputType('$type')]: add the call that writes it to Get-ExtraInvocation (Shared.ps1)"
            }
        }
    }
}

Describe '<_>' -ForEach $invocations {
    BeforeAll {
        $name = $_
        $output = Get-CommandOutput $name
        $types = @($output | Group-Object { $_.PSObject.TypeNames[0] })
    }

    It 'writes objects of named ParlerCase types on the bundled corpus, every object of a type with the same properties' {
        $output.Count | Should -BeGreaterThan 0
        foreach ($type in $types) {
            $type.Name | Should -BeLike 'ParlerCase.*'
            @($type.Group | ForEach-Object { $_.PSObject.Properties.Name -join ',' } | Sort-Object -Unique).Count | Should -Be 1 -Because "Export-Csv takes its columns from the first $($type.Name)"
        }
    }

    It 'round-trips through Export-Csv and Import-Csv as plain values, the same under fr-FR as in the invariant culture' {
        foreach ($type in $types) {
            $items = $type.Group
            $file = ($name -replace '\W+', '_') + '-' + $type.Name
            $invariant = Join-Path $TestDrive "$file-invariant.csv"
            $french = Join-Path $TestDrive "$file-fr.csv"
            $culture = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture
                $items | Export-Csv -LiteralPath $invariant -NoTypeInformation -Encoding utf8
                [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('fr-FR')
                $items | Export-Csv -LiteralPath $french -NoTypeInformation -Encoding utf8
                $rows = @(Import-Csv -LiteralPath $french -Encoding utf8)
            }
            finally { [cultureinfo]::CurrentCulture = $culture }

            Get-Content -LiteralPath $french -Raw | Should -BeExactly (Get-Content -LiteralPath $invariant -Raw) -Because "$($type.Name) must not write dates or numbers in the culture's format"
            $rows.Count | Should -Be $items.Count
            $columns = @($items[0].PSObject.Properties.Name)
            @($rows[0].PSObject.Properties.Name) | Should -Be $columns
            $problems = for ($i = 0; $i -lt $items.Count; $i++) {
                foreach ($column in $columns) {
                    $text = ConvertTo-CsvText $items[$i].$column
                    if ($rows[$i].$column -cne $text) { "$($type.Name).$column of row ${i}: wrote '$text', read '$($rows[$i].$column)'" }
                    if ($text -match '^(System|ParlerCase)\.[\w.`]+(\[\])?$') { "$($type.Name).$column prints a type name: $text" }
                }
            }
            $problems | Should -BeNullOrEmpty
        }
    }

    It 'writes no column twice' {
        foreach ($type in $types) {
            # Enumerations (the ...From provenance of each value, say) may well agree on every row.
            $columns = @($type.Group[0].PSObject.Properties | Where-Object { $_.Value -isnot [enum] } | ForEach-Object Name)
            for ($a = 0; $a -lt $columns.Count; $a++) {
                for ($b = $a + 1; $b -lt $columns.Count; $b++) {
                    $same = @($type.Group | Where-Object { (ConvertTo-CsvText $_.($columns[$a])) -ceq (ConvertTo-CsvText $_.($columns[$b])) }).Count
                    $nonEmpty = @($type.Group | Where-Object { (ConvertTo-CsvText $_.($columns[$a])) -ne '' }).Count
                    ($nonEmpty -gt 0 -and $same -eq $type.Group.Count) | Should -BeFalse -Because "$($type.Name).$($columns[$a]) and .$($columns[$b]) hold the same text in every row"
                }
            }
        }
    }

    It 'works with Select-Object, Sort-Object, Group-Object and Where-Object on every property' {
        foreach ($type in $types) {
            $items = $type.Group
            @($items | Select-Object -Property *)[0].PSObject.Properties.Name | Should -Be @($items[0].PSObject.Properties.Name)
            foreach ($property in $items[0].PSObject.Properties.Name) {
                @($items | Select-Object -Property $property).Count | Should -Be $items.Count
                $sorted = @($items | Sort-Object -Property $property)
                $sorted.Count | Should -Be $items.Count
                $groups = @($items | Group-Object -Property $property)
                ($groups | Measure-Object -Property Count -Sum).Sum | Should -Be $items.Count
                # A value shown is a value to filter on: each object is found by the value of each of its properties.
                foreach ($item in @($items | Select-Object -First 5)) {
                    $value = $item.$property
                    if (Test-Collection $value) { continue }
                    @($items | Where-Object $property -EQ $value) | Should -Contain $item -Because "Where-Object $property -eq '$value' must find the $($type.Name) that shows it"
                }
            }
        }
    }

    It 'names only types a script can name: every property value and the output type' {
        $typeNames = foreach ($item in $output) {
            foreach ($property in $item.PSObject.Properties) {
                if ($null -ne $property.Value) { $property.Value.GetType().FullName }
            }
        }
        $unknown = @($typeNames | Sort-Object -Unique | Where-Object { -not ($_ -as [type]) })
        $unknown | Should -BeNullOrEmpty -Because 'the type of every value a script meets must resolve by name'
    }

    It 'has a table and a list view of its own properties for every output type' {
        foreach ($type in $types) {
            $table = Get-View $type.Name ([System.Management.Automation.TableControl])
            $table | Should -Not -BeNullOrEmpty -Because "$($type.Name) needs a table view"
            $list = Get-View $type.Name ([System.Management.Automation.ListControl])
            $list | Should -Not -BeNullOrEmpty -Because "$($type.Name) needs a list view (Format-List)"
            $properties = @($type.Group[0].PSObject.Properties.Name)
            $headers = @($table.Control.Headers)
            $columns = @($table.Control.Rows[0].Columns)
            for ($i = 0; $i -lt $columns.Count; $i++) {
                $entry = $columns[$i].DisplayEntry
                "$($entry.ValueType)" | Should -Be 'Property' -Because "column $i of $($type.Name) must show a property as it is"
                $properties | Should -Contain $entry.Value
                if ($headers[$i].Label) { $headers[$i].Label | Should -BeExactly $entry.Value -Because 'a column is headed by the property it shows' }
            }
            foreach ($listItem in $list.Control.Entries[0].Items) {
                "$($listItem.DisplayEntry.ValueType)" | Should -Be 'Property'
                $properties | Should -Contain $listItem.DisplayEntry.Value
            }
        }
    }

    It 'fits Format-Table and Format-List in <_> columns with its identifying values whole' -ForEach @(80, 120) {
        $width = $_
        foreach ($type in $types) {
            $items = @($type.Group | Select-Object -First 12)
            $table = ($items | Format-Table | Out-String -Width $width) -split '\r?\n'
            $list = ($items | Format-List | Out-String -Width $width) -split '\r?\n'
            foreach ($line in $table + $list) { $line.TrimEnd().Length | Should -BeLessOrEqual $width -Because "'$line'" }
            $text = $table -join "`n"
            foreach ($item in $items) {
                foreach ($id in 'Id', 'Source') {
                    if ($item.PSObject.Properties[$id]) { $text | Should -Match ([regex]::Escape($item.$id)) -Because "the $id of each $($type.Name) must show whole at $width columns" }
                }
            }
            if ($items[0].PSObject.Properties['Title']) { @($table -match '^Id\b' -match '\bTitle\b') | Should -Not -BeNullOrEmpty -Because "the Title column must fit $width columns" }
            $firstListItem = (Get-View $type.Name ([System.Management.Automation.ListControl])).Control.Entries[0].Items[0].DisplayEntry.Value
            ($list -join "`n") | Should -Match "(?m)^$firstListItem\s*:"
        }
    }
}

Describe 'Help of <_>' -ForEach $commands {
    BeforeAll {
        $name = $_
        $help = Get-Help $name -Full
    }

    It 'has a synopsis, a description, two examples and every parameter described' {
        "$($help.Synopsis)" | Should -Not -BeLike "$name*"
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        foreach ($parameter in @($help.parameters.parameter)) {
            ($parameter.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
        }
    }

    It 'opens online: the address Get-Help -Online uses is an absolute web address' {
        # What Get-Help -Online does, short of starting a browser: the cmdlet's HelpUri, else the first link with a uri.
        $uri = (Get-Command $name).HelpUri
        if (-not $uri) { $uri = @($help.relatedLinks.navigationLink | Where-Object { $_.PSObject.Properties['uri'] -and $_.uri } | ForEach-Object uri)[0] }
        $parsed = $null
        [uri]::TryCreate($uri, [UriKind]::Absolute, [ref] $parsed) | Should -BeTrue -Because "'$uri' must be an absolute address"
        $parsed.Scheme | Should -Be 'https'
    }

    It 'is listed in about_ParlerCase' {
        Get-Help about_ParlerCase | Out-String | Should -Match "\b$name\b"
    }
}

Describe 'Help examples, run as written' {
    BeforeDiscovery {
        $examples = foreach ($command in Get-ModuleCommandName) {
            $number = 0
            foreach ($example in @((Get-Help $command -Examples).examples.example)) {
                $number++
                @{ Command = $command; Number = $number; Code = "$($example.code)".Trim() }
            }
        }
    }

    BeforeAll {
        # The examples name a case folder (~/cases/acme), a folder of articles (./articles) and write files to the
        # current folder: a sandbox where both are the bundled corpus.
        $sandbox = Join-Path $TestDrive 'sandbox'
        $homeFolder = Join-Path $sandbox 'home'
        New-Item -ItemType Directory -Path (Join-Path $homeFolder 'cases') -Force | Out-Null
        Copy-Item -LiteralPath $Seeds -Destination (Join-Path $homeFolder 'cases/acme') -Recurse
        $work = Join-Path $sandbox 'work'
        New-Item -ItemType Directory -Path $work -Force | Out-Null
        Copy-Item -LiteralPath $Seeds -Destination (Join-Path $work 'articles') -Recurse
        $fileSystem = Get-PSProvider FileSystem
        $savedHome = $fileSystem.Home
    }

    It '<Command> example <Number> runs against the bundled corpus' -ForEach $examples {
        $before = @(Get-ChildItem -LiteralPath $work -File -Recurse)
        $fileSystem.Home = $homeFolder
        Push-Location -LiteralPath $work
        try {
            $ErrorActionPreference = 'Stop'
            $result = @(& ([scriptblock]::Create($Code)))
        }
        finally {
            Pop-Location
            $fileSystem.Home = $savedHome
        }
        $written = @(Get-ChildItem -LiteralPath $work -File -Recurse | Where-Object FullName -NotIn $before.FullName | Where-Object Length -GT 0)
        ($result.Count + $written.Count) | Should -BeGreaterThan 0 -Because "the example must show or write something: $Code"
    }
}
