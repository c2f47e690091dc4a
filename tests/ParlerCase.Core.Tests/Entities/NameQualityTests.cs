using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Tests.Entities;

/// <summary>What is not a name: sentence-opening words, words for groups of people, parts of a title.</summary>
public class NameQualityTests
{
    private static IReadOnlyList<EntityMention> Names(string text, string language)
    {
        var document = Document.FromText(text, language);
        return EntityIndex.Build(new[] { document }).Find(document);
    }

    [Theory]
    [InlineData("Rival candidate Jane Roe called the plan reckless.", "en", "Jane Roe")]
    [InlineData("Toronto councillor Mark Hale voted against it.", "en", "Mark Hale")]
    [InlineData("Néanmoins, Claire Morel a voté contre le projet.", "fr", "Claire Morel")]
    [InlineData("Convaincu par ses avocats, Paul Durand a fait appel.", "fr", "Paul Durand")]
    [InlineData("Should Jane Roe win, the council would change.", "en", "Jane Roe")]
    [InlineData("Sen. Mark Hale voted against the bill.", "en", "Mark Hale")]
    [InlineData("Rep. Jane Roe voted against the bill.", "en", "Jane Roe")]
    public void A_word_that_opens_the_sentence_or_titles_the_name_is_not_a_name(string text, string language, string name)
    {
        Assert.Equal(name, Assert.Single(Names(text, language)).Name);
    }

    [Theory]
    [InlineData("Canadian officials met on Monday and the Canadian delegation left.", "en")]
    [InlineData("Les Européens ont salué la décision des Américains.", "fr")]
    public void A_word_for_a_group_of_people_is_not_a_name(string text, string language)
    {
        Assert.Empty(Names(text, language));
    }

    [Fact]
    public void A_word_for_a_group_stays_inside_a_longer_name()
    {
        Assert.Contains(Names("The report came from the Canadian Press on Monday.", "en"), m => m.Name == "Canadian Press");
    }

    [Theory]
    [InlineData("Jane Roe spoke first, then Mark Hale answered.", "Jane Roe", Gender.Female)]
    [InlineData("Jane Roe spoke first, then Mark Hale answered.", "Mark Hale", Gender.Male)]
    public void A_given_name_makes_a_person_and_may_tell_the_gender(string text, string name, Gender gender)
    {
        var entity = Names(text, "en").Single(m => m.Name == name).Entity;
        Assert.Equal(EntityKind.Person, entity.Kind);
        Assert.Equal(gender, entity.Gender);
    }

    [Theory]
    [InlineData("Ann de Villiers, a geologist, said the slope was unstable.", "en", "Ann de Villiers")]
    [InlineData("Kurt van der Berg voted against the bill.", "en", "Kurt van der Berg")]
    [InlineData("Omar bin Faisal a quitté la réunion.", "fr", "Omar bin Faisal")]
    [InlineData("Selon Lucie da Costa, le chantier a pris du retard.", "fr", "Lucie da Costa")]
    [InlineData("Minister Colm O'Brady told the chamber nothing.", "en", "Colm O'Brady")]
    public void A_surname_keeps_its_particles_and_its_apostrophe(string text, string language, string name)
    {
        Assert.Contains(Names(text, language), m => m.Name == name);
    }

    [Theory]
    [InlineData("La France de Macron a voté la loi.", "fr", "France")]
    [InlineData("Selon Marie Dupont du Figaro, le vote est acquis.", "fr", "Marie Dupont")]
    public void A_particle_after_a_place_or_a_full_name_joins_nothing(string text, string language, string name)
    {
        Assert.Contains(Names(text, language), m => m.Name == name);
    }

    [Theory]
    [InlineData("Ms. May told the house she would stay.", "en", "May")]
    [InlineData("Mrs. August spoke for the tenants.", "en", "August")]
    public void A_title_makes_a_name_of_a_month(string text, string language, string name)
    {
        Assert.Equal(name, Assert.Single(Names(text, language)).Name);
    }
}
