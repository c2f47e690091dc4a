#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# What an analyst does in a session, in real pwsh. build.ps1 -Task Test runs it under Set-StrictMode -Version Latest.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Shared.ps1')
}

Describe 'Import' {
    It 'exports its cmdlets' {
        (Get-Command -Module ParlerCase).Name | Should -Contain 'Get-CaseSource'
    }
}

Describe 'Get-CaseSource' {
    It 'lists the five bundled French articles with their publication dates' {
        $sources = Get-CaseSource | Where-Object Language -eq 'fr'
        $sources | Should -HaveCount 5
        $sources | ForEach-Object { $_.PublishedIso | Should -Match '^\d{4}-\d{2}-\d{2}$' }
    }

    It 'reads a folder of your own articles' {
        $folder = Join-Path $TestDrive 'case'
        New-Item -ItemType Directory -Path $folder | Out-Null
        Set-Content -LiteralPath (Join-Path $folder 'ruling.txt') -Value 'The judge denied the request on Tuesday. The company will appeal.' -Encoding utf8
        $source = Get-ChildItem -LiteralPath $folder -Filter *.txt | Get-CaseSource
        $source.Language | Should -Be 'en'
        $source.SentenceCount | Should -Be 2
    }

    It 'reports a missing file without stopping the others' {
        $result = Get-CaseSource -Path (Join-Path $TestDrive 'missing.txt'), (Join-Path (Get-Module ParlerCase).ModuleBase 'seeds') -ErrorVariable failures -ErrorAction SilentlyContinue
        $result | Should -HaveCount 5
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'PathNotFound,*'
    }

    It 'exports to CSV as plain columns' {
        $csv = Join-Path $TestDrive 'sources.csv'
        Get-CaseSource | Export-Csv -LiteralPath $csv -NoTypeInformation -Encoding utf8
        $rows = Import-Csv -LiteralPath $csv
        $rows | Should -HaveCount 5
        $rows[0].PSObject.Properties.Value | Should -Not -Match '^System\.'
    }

    It 'reads a web page given as a string or as an Invoke-WebRequest response' {
        $html = '<html lang="en"><head><meta property="og:title" content="Court rules"></head><body><article><h1>Court rules</h1>' +
            '<p>The judge denied the request on Tuesday, ruling that the company had not shown any urgency.</p>' +
            '<p>"We will appeal," the company said in a statement.</p></article>' +
            '<section class="comments"><p>"Nonsense," a reader wrote on May 2.</p></section></body></html>'
        $source = Get-CaseSource -Content $html -SourceUri 'https://example.org/news/court-rules'
        $source.Url | Should -Be 'https://example.org/news/court-rules'
        $source.Title | Should -Be 'Court rules'
        $source.Text | Should -Not -Match 'Nonsense'
        # The shape of a PowerShell 7 response, without going to the network.
        $response = [pscustomobject]@{ Content = $html; BaseResponse = [pscustomobject]@{ RequestMessage = [pscustomobject]@{ RequestUri = [uri]'https://example.org/news/court-rules' } } }
        ($response | Get-CaseSource).Id | Should -Be $source.Id
    }
}

Describe 'Get-Quote' {
    It 'attributes the bundled quotes to canonical speakers' {
        $groups = Get-Quote | Where-Object Speaker | Group-Object Speaker
        $groups.Name | Should -Contain 'John Matze'
        $groups.Name | Should -Not -Contain 'M. Matze'
    }

    It 'hides scare quotes unless asked' {
        Get-Quote | Where-Object Kind -eq 'NotQuote' | Should -BeNullOrEmpty
        (Get-Quote -IncludeNonQuote | Where-Object Kind -eq 'NotQuote').Text | Should -Contain 'impartial'
    }

    It 'exports plain columns' {
        $csv = Join-Path $TestDrive 'quotes.csv'
        Get-Quote | Export-Csv -LiteralPath $csv -NoTypeInformation
        Get-Content -LiteralPath $csv -Raw | Should -Not -Match 'System\.Object\[\]'
    }
}

Describe 'Get-CaseEvent' {
    It 'builds a dated timeline in date order, undated events last' {
        $events = Get-CaseEvent
        $dated = @($events | Where-Object When -ne 'undated')
        $dated.Count | Should -BeGreaterThan 3
        ($dated.Date | Sort-Object) | Should -Be $dated.Date
        $events[-1].When | Should -Be 'undated'
    }

    It 'cites every mention with its evidence and how its date was derived' {
        $mentions = Get-CaseEvent -Kind Action | Where-Object Label -eq 'suspended' | ForEach-Object Mentions
        $mentions | Should -Not -BeNullOrEmpty
        $mentions | ForEach-Object { $_.Evidence | Should -Not -BeNullOrEmpty; $_.Rule | Should -Not -BeNullOrEmpty }
    }

    It 'reads like a procedure: general kinds, background only when asked for' {
        $kinds = (Get-CaseEvent | Group-Object Kind).Name
        $kinds | Should -Contain 'Complaint'
        $kinds | Should -Contain 'Action'
        Get-CaseEvent | Where-Object Background | Should -BeNullOrEmpty
        Get-CaseEvent -IncludeBackground | Where-Object Background | Should -Not -BeNullOrEmpty
        $table = Get-CaseEvent | Format-Table | Out-String -Width 80
        $table | Should -Match '(?m)^When\s+Kind\s+Label'
        $table | Should -Match '(?m)^undated '
    }

    It 'filters by date and actor: an event known to the month is kept when any of its days can fall in the range' {
        $events = @(Get-CaseEvent -After 2021-01-09 -Before 2021-01-31 -Actor Amazon*)
        $events | Should -Not -BeNullOrEmpty
        foreach ($e in $events) {
            $lastDay = switch ("$($e.DatePrecision)") {
                'Year' { $e.Date.AddYears(1).AddDays(-1) }
                'Month' { $e.Date.AddMonths(1).AddDays(-1) }
                default { [datetime](($e.When -split '/')[-1]) }
            }
            $lastDay | Should -BeGreaterThan ([datetime]'2021-01-09')
            $e.Date | Should -BeLessThan ([datetime]'2021-01-31')
            $e.Actors | Should -Match 'Amazon'
        }
        # By design: 'January 2021' can fall after the 9th, though its Date (its first day) does not.
        $events.When | Should -Contain '2021-01'
    }

    It 'writes each source''s own timeline as it is read with -PerSource' {
        $perSource = @(Get-CaseEvent -PerSource)
        $perSource | ForEach-Object { $_.SourceCount | Should -Be 1 }
        ($perSource.Sources | Sort-Object -Unique).Count | Should -Be 5
    }
}

Describe 'Compare-Source' {
    It 'lines up the facts of every source, with what each source says' {
        $facts = Compare-Source
        $ids = (Get-CaseSource).Id
        $facts | Where-Object Status -eq 'Agree' | Should -Not -BeNullOrEmpty
        ($facts | ForEach-Object Mentions | Sort-Object Source -Unique).Source | Should -Be $ids
        $facts[0].PSObject.Properties.Name | Should -Not -Contain $ids[0]
    }

    It 'has the same properties with two sources as with five' {
        $five = @(Compare-Source)
        $two = @(Get-CaseSource | Select-Object -First 2 | Compare-Source)
        $two[0].PSObject.Properties.Name | Should -Be $five[0].PSObject.Properties.Name
    }

    It 'adds a column per source with -Wide' {
        $ids = (Get-CaseSource).Id
        $wide = @(Compare-Source -Wide)
        $wide[0].PSObject.Properties.Name | Should -Be (@('Topic', 'Kind', 'Status', 'SourceCount', 'Sources') + $ids + @('Evidence', 'Rule'))
        ($wide[0] | Format-Table | Out-String) | Should -Match 'SourceCount'
    }

    It 'compares two sources the way Compare-Object does' {
        $ids = (Get-CaseSource).Id
        $rows = Compare-Source -ReferenceSource $ids[2] -DifferenceSource $ids[3] -IncludeEqual
        ($rows.SideIndicator | Sort-Object -Unique) | Should -Be @('<=', '==', '=>')
    }

    It 'exports plain columns, and a coverage matrix with -Wide' {
        $csv = Join-Path $TestDrive 'coverage.csv'
        Compare-Source | Export-Csv -LiteralPath $csv -NoTypeInformation -Encoding utf8
        $rows = Import-Csv -LiteralPath $csv
        $rows.Count | Should -BeGreaterThan 10
        $rows[0].PSObject.Properties.Value | Should -Not -Match '^System\.'
        $rows[0].Mentions | Should -Match '^\w+: '
        Compare-Source -Wide | Export-Csv -LiteralPath $csv -NoTypeInformation -Encoding utf8
        (Import-Csv -LiteralPath $csv)[0].PSObject.Properties.Name | Should -Contain (Get-CaseSource)[0].Id
    }
}

Describe 'Test-CaseSource' {
    It 'reports the weekday that contradicts its date' {
        $finding = Test-CaseSource -Check WeekdayMismatch
        $finding.Message | Should -Match 'lundi 12 janvier'
        $finding.Offset | Should -BeGreaterThan 0
    }
}
