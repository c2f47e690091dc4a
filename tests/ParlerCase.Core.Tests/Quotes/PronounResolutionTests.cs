using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

/// <summary>A pronoun speaks for a person of its gender mentioned before it, never for a place, a group or a credit.</summary>
public class PronounResolutionTests
{
    [Theory]
    [InlineData("Mark Hale grew up in Toronto. Toronto has changed a lot since then.\n\n\"I barely know the streets now,\" he said.", "Mark Hale")]
    [InlineData("Jane Roe met Mark Hale on Monday.\n\n\"We agreed on nothing,\" she said.", "Jane Roe")]
    [InlineData("Jane Roe met Mark Hale on Monday.\n\n\"We agreed on nothing,\" he said.", "Mark Hale")]
    [InlineData("Mark Hale opened the shelter in 2010. (Photo: Jane Roe/Daily)\n\n\"It was the only way,\" he said.", "Mark Hale")]
    public void He_and_she_resolve_to_a_person_of_their_gender(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "en").Speaker);
    }

    [Fact]
    public void A_pronoun_after_the_reported_words_does_not_stand_for_a_name_inside_them()
    {
        var quotes = Extract("Mark Hale works on the third floor.\n\nTom Reyes and two colleagues hid under their desks, he said, but one man ran to the roof.", "en");
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("Mark Hale", q.Speaker));
    }

    [Theory]
    [InlineData("Party leader Stefan Olsen spoke on Monday. The party holds three seats in Lower Varland. If Lower Varland votes for two parties, it may lose them.\n\n\"It would be bad for us,\" he said.", "en", "Stefan Olsen")]
    [InlineData("Le député Marc Hallé a parlé lundi. Le parti a trois sièges dans le Haut Varland. Si le Haut Varland vote pour deux partis, il les perdra.\n\n« Ce serait grave pour nous », a-t-il déclaré.", "fr", "Marc Hallé")]
    public void He_and_il_never_stand_for_a_place(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Extract(text, language).Last().Speaker);
    }

    [Theory]
    [InlineData("Sophie Morel a rencontré Paul Durand lundi.\n\n« Nous ne sommes d'accord sur rien », a-t-elle déclaré.", "Sophie Morel")]
    [InlineData("Sophie Morel a rencontré Paul Durand lundi.\n\n« Nous ne sommes d'accord sur rien », a-t-il déclaré.", "Paul Durand")]
    public void Il_and_elle_resolve_by_gender(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "fr").Speaker);
    }

    [Theory]
    [InlineData("Mr. Paul Roux spoke first. Later, Zorvan Kettle took the floor.\n\n\"We need more time,\" he said.", "en", "Zorvan Kettle")]
    [InlineData("M. Paul Roux a parlé en premier. Ensuite, Zorvan Kettle a pris la parole.\n\n« Il nous faut plus de temps », a-t-il déclaré.", "fr", "Zorvan Kettle")]
    public void The_nearest_name_built_like_a_person_s_wins_over_a_person_further_back(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Extract(text, language).Last().Speaker);
    }

    [Theory]
    [InlineData("Leaders like Paul Roux never planned for floods, Mark Hale said on Monday.\n\n\"Nobody saw it coming,\" he said.", "en", "Mark Hale")]
    [InlineData("Des élus comme Paul Roux n'ont jamais prévu les crues, a déclaré Marc Hallé lundi.\n\n« Personne ne l'a vu venir », a-t-il ajouté.", "fr", "Marc Hallé")]
    public void A_pronoun_takes_who_speaks_in_the_sentence_before_over_its_first_name(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Extract(text, language).Last().Speaker);
    }

    [Theory]
    [InlineData("Jane Roe toured the harbour on Monday. The union opposed the Kettle Bay terminal.\n\n\"We were never consulted,\" she said.", "en", "Jane Roe")]
    public void A_name_built_like_a_person_s_in_object_position_is_no_antecedent(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    // French 'il' and 'elle' may stand for things too: the two rules below are for 'he' and 'she'.
    [Theory]
    [InlineData("The committee's report praised the harbour plan drawn up by its engineer Zorvan Kettle.\n\n\"We will fight this plan,\" she said.", "en")]
    public void A_name_deep_in_the_object_of_a_sentence_is_no_antecedent(string text, string language)
    {
        Assert.NotEqual("Zorvan Kettle", Single(text, language).Speaker);
    }
}
