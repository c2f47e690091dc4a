using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

/// <summary>A speaker the text describes without a name keeps its description; an unresolved pronoun stays empty.</summary>
public class DescribedSpeakerTests
{
    [Theory]
    [InlineData("But some residents say the new bridge is too noisy.", "en", "some residents")]
    [InlineData("On Friday, police said the road would stay closed.", "en", "police")]
    [InlineData("\"She is safe, she is safe,\" the mother repeated.", "en", "the mother")]
    [InlineData("Des habitants affirment que le nouveau pont est trop bruyant.", "fr", "Des habitants")]
    public void The_description_is_the_speaker(string text, string language, string speaker)
    {
        var quote = Single(text, language);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Contains("description as written", quote.Rule);
    }

    [Theory]
    [InlineData("The storm hit the coast on Monday.\n\n\"We lost everything,\" she said.", "en")]
    [InlineData("La tempête a frappé la côte lundi.\n\n« Nous avons tout perdu », a-t-elle dit.", "fr")]
    public void A_pronoun_with_no_person_before_it_leaves_the_speaker_empty(string text, string language)
    {
        var quote = Single(text, language);
        Assert.Equal(string.Empty, quote.Speaker);
        Assert.True(quote.Confidence < 0.9);
    }

    [Theory]
    [InlineData("A private survey indicated that factory orders fell in January.", "en")]
    [InlineData("Un sondage indique que les commandes ont baissé en janvier.", "fr")]
    public void What_a_study_finds_is_no_speech(string text, string language)
    {
        Assert.Empty(Extract(text, language));
    }

    [Theory]
    [InlineData("Some residents say the new bridge is too noisy.", "en", "Some residents")]
    [InlineData("They tell us the bridge is too noisy, some residents say.", "en", "some residents")]
    public void The_present_and_base_forms_of_say_are_speech(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Extract(text, language).Last().Speaker);
    }
}
