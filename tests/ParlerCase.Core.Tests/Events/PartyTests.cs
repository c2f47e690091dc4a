using ParlerCase.Core.Events;

namespace ParlerCase.Core.Tests.Events;

/// <summary>The parties of events come from the shared entity resolver, without things, places and common words.</summary>
public class PartyTests
{
    [Theory]
    [InlineData("Apple a retiré l'application Chatter de son App Store.", "fr", "App Store")]
    [InlineData("Apple removed the Chatter app from its App Store.", "en", "App Store")]
    public void A_thing_a_party_owns_is_no_party(string text, string language, string thing)
    {
        var mention = Assert.Single(EventTests.Mentions(text, language));
        Assert.Contains("Apple", mention.Actors);
        Assert.DoesNotContain(thing, mention.Actors);
    }

    [Theory]
    [InlineData("Le tribunal de Nantes a rejeté la plainte d'Orbis contre Vocal.", "fr", "Nantes")]
    [InlineData("Orbis a porté plainte contre Vocal à Nantes.", "fr", "Nantes")]
    [InlineData("Orbis sued Vocal in Springfield on Monday.", "en", "Springfield")]
    [InlineData("Orbis sued Vocal in a Springfield, Ill., courtroom.", "en", "Springfield")]
    [InlineData("Orbis, a Springfield-based firm, sued Vocal.", "en", "Springfield")]
    public void A_place_is_no_party(string text, string language, string place)
    {
        var mentions = EventTests.Mentions(text, language);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.DoesNotContain(m.Actors, a => a.Contains(place)));
        Assert.Contains(mentions, m => m.Actors.Contains("Orbis"));
    }

    [Theory]
    [InlineData("Orbis a fait appel vendredi.", "fr", "Orbis")]
    [InlineData("Le recours déposé par Orbis vise Vocal.", "fr", "Orbis")]
    [InlineData("Orbis, le fabricant du logiciel, a fait appel de la décision.", "fr", "Orbis")]
    [InlineData("Orbis quickly appealed the ruling against Vocal.", "en", "Orbis")]
    [InlineData("The lawsuit filed by Orbis names Vocal.", "en", "Orbis")]
    [InlineData("Jane Doe, who testified on Monday, spoke for an hour.", "en", "Jane Doe")]
    public void The_party_that_acts_is_the_agent(string text, string language, string agent)
    {
        Assert.Contains(EventTests.Mentions(text, language, "2021-05-06"), m => m.Agent == agent);
    }

    [Theory]
    [InlineData("Le réseau Chatter a été supprimé de la boutique d'applications.", "fr")]
    [InlineData("The Chatter network was removed from the app store.", "en")]
    public void The_subject_of_a_passive_is_no_agent(string text, string language)
    {
        var mention = Assert.Single(EventTests.Mentions(text, language));
        Assert.Null(mention.Agent);
        Assert.Contains("Chatter", mention.Actors);
    }
}
