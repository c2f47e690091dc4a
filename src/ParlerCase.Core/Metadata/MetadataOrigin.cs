namespace ParlerCase.Core.Metadata
{
    /// <summary>Where a metadata value came from, most trusted first.</summary>
    public enum MetadataOrigin
    {
        /// <summary>No value.</summary>
        None,

        /// <summary>The metadata file beside the articles, written by an analyst.</summary>
        MetadataFile,

        /// <summary>A header line in the article text, such as 'date 2021-03'.</summary>
        TextHeader,

        /// <summary>The page's own markup (meta tags, JSON-LD, &lt;time&gt;).</summary>
        Page,

        /// <summary>Inferred from the body text; the evidence says from what.</summary>
        Inferred,
    }
}
