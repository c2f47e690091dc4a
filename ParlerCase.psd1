@{
    RootModule           = 'bin/ParlerCase.PowerShell.dll'
    # Imported first: sends the requests for the module's dependencies to its own copies in bin/dependencies/.
    NestedModules        = @('bin/ParlerCase.Loading.dll')
    ModuleVersion        = '0.1.0'
    GUID                 = '6f1d3c52-8a4e-4b8f-9a67-2f0d5c1e7b43'
    Author               = 'ParlerCase contributors'
    CompanyName          = 'ParlerCase'
    Copyright            = '(c) ParlerCase contributors. MIT License.'
    Description          = 'Turns a folder of news articles about a court case into pipeline objects: the sources, a dated timeline of events with its evidence, quotations with their speakers, and a comparison of how the sources report the story. French and English.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    # Views only, no TypesToProcess: type data added twice fails, so a second copy of the module (the clone and its
    # package) could not be imported in the same session. Each view file has a table and a list view.
    FormatsToProcess     = @('bin/CaseSource.format.ps1xml', 'bin/SourceFinding.format.ps1xml', 'bin/Quote.format.ps1xml', 'bin/CaseEvent.format.ps1xml', 'bin/CaseEventMention.format.ps1xml', 'bin/SourceFact.format.ps1xml', 'bin/CaseDate.format.ps1xml')
    CmdletsToExport      = @('Get-CaseSource', 'Test-CaseSource', 'Get-Quote', 'Get-CaseEvent', 'Get-CaseDate', 'Compare-Source', 'Export-CaseReport')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    FileList             = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('news', 'court-case', 'timeline', 'quotes', 'text-analysis', 'french', 'english', 'PSEdition_Desktop', 'PSEdition_Core')
            ProjectUri   = 'https://github.com/parlercase/ParlerCase'
            LicenseUri   = 'https://github.com/parlercase/ParlerCase/blob/main/LICENSE'
            ReleaseNotes = '0.1.0: Get-CaseSource reads text, Markdown and web pages (any common encoding) and separates the body from page furniture; Get-CaseEvent builds the dated timeline across sources; Get-Quote finds quotations and their speakers; Compare-Source lines up the facts of every source; Test-CaseSource says what to be careful with; Export-CaseReport writes it all as one self-contained HTML page. French and English; every output cites its evidence.'
        }
    }
}
