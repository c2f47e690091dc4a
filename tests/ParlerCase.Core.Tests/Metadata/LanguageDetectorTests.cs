using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Tests.Metadata;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("L’entreprise a déclaré qu’elle ferait appel de la décision du tribunal dans les prochains jours.", "fr")]
    [InlineData("The company said it would appeal the ruling of the court in the coming days.", "en")]
    public void Function_words_tell_the_language(string text, string expected)
    {
        var language = LanguageDetector.Detect(new[] { text });
        Assert.Equal(expected, language.Value);
        Assert.Equal(MetadataOrigin.Inferred, language.Origin);
        Assert.Contains("function words", language.Evidence);
    }

    [Theory]
    [InlineData("French", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("en_US", "en")]
    [InlineData("Klingon", null)]
    public void Written_language_names_normalise_to_codes(string value, string? code) => Assert.Equal(code, LanguageDetector.Normalize(value));
}
