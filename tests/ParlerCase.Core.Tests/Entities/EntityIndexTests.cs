using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Tests.Entities;

public class EntityIndexTests
{
    private static EntityIndex Index(string language, params string[] texts) =>
        EntityIndex.Build(texts.Select(t => Document.FromText(t, language)));

    [Fact]
    public void A_surname_or_title_and_surname_resolves_to_the_full_name()
    {
        var index = Index("fr",
            "La ministre de la Culture, Claire Lemoine, a inauguré le musée mardi.",
            "Mme Lemoine a ensuite rencontré les élus. Lemoine repart jeudi.");
        Assert.Equal("Claire Lemoine", index.Canonical("Mme Lemoine"));
        Assert.Equal("Claire Lemoine", index.Canonical("Lemoine"));
        Assert.Equal(EntityKind.Person, index.Lookup("Lemoine")!.Kind);
    }

    [Fact]
    public void English_titles_resolve_too()
    {
        var index = Index("en",
            "Judge Helen Carter denied the motion on Friday.",
            "Mr. Carter is not related to her. Ms. Carter wrote that the claims were weak.");
        Assert.Equal("Helen Carter", index.Canonical("Judge Carter"));
    }

    [Fact]
    public void Two_people_with_one_surname_keep_the_surname_unresolved()
    {
        var index = Index("en",
            "Senator Mark Hale and his sister, the lawyer Anna Hale, spoke.",
            "Hale declined to comment.");
        Assert.Equal("Hale", index.Canonical("Hale"));
    }

    [Theory]
    [InlineData("fr", "La Banque centrale européenne (BCE) a relevé ses taux. La BCE craint l'inflation.", "BCE", "Banque centrale européenne")]
    [InlineData("en", "The National Labor Relations Board (NLRB) filed a complaint. The NLRB said it would appeal.", "NLRB", "National Labor Relations Board")]
    [InlineData("en", "The firm hired NTS (Northern Transit Systems) last year.", "NTS", "Northern Transit Systems")]
    public void An_acronym_resolves_to_its_definition(string language, string text, string acronym, string definition)
    {
        Assert.Equal(definition, Index(language, text).Canonical(acronym));
    }

    [Fact]
    public void A_translated_acronym_matches_initials_in_any_order()
    {
        var index = Index("fr", "Le groupe Nord Transports Unis (UNT) a déposé plainte.");
        Assert.Equal("Nord Transports Unis", index.Canonical("UNT"));
    }

    [Theory]
    [InlineData("fr", "Le directeur général de Veltra, Paul Girard, a démissionné.", "Paul Girard", "directeur général de Veltra")]
    [InlineData("fr", "Sophie Marchal, porte-parole de la mairie, a démenti.", "Sophie Marchal", "porte-parole de la mairie")]
    [InlineData("fr", "Le sénateur breton Yann Le Goff votera contre.", "Yann Le Goff", "sénateur breton")]
    [InlineData("en", "Veltra's chief executive, Paul Girard, resigned.", "Paul Girard", "Veltra's chief executive")]
    [InlineData("en", "Dana Price, a spokeswoman for the city, declined to comment.", "Dana Price", "spokeswoman for the city")]
    [InlineData("en", "Veltra CEO Paul Girard resigned on Monday.", "Paul Girard", "Veltra CEO")]
    public void A_role_in_apposition_names_its_holder(string language, string text, string name, string role)
    {
        var document = Document.FromText(text, language);
        var index = EntityIndex.Build(new[] { document });
        var mention = index.Find(document).Single(m => m.Name == name);
        Assert.Equal(role, mention.Role);
        Assert.Equal(EntityKind.Person, mention.Kind);
        Assert.Contains(role, index.Lookup(name)!.Roles);
    }

    [Fact]
    public void The_organisation_after_de_is_not_the_role_holder()
    {
        var document = Document.FromText("Le PDG de Veltra, Paul Girard, a démissionné.", "fr");
        var mentions = EntityIndex.Build(new[] { document }).Find(document);
        Assert.Null(mentions.Single(m => m.Name == "Veltra").Role);
    }

    [Fact]
    public void A_role_noun_finds_its_one_holder()
    {
        var index = Index("fr", "Le PDG de Veltra, Paul Girard, a démissionné. Le PDG sera remplacé.");
        Assert.Equal("Paul Girard", index.HolderOf("PDG")!.Name);
        Assert.Equal("Paul Girard", index.Canonical("le PDG de Veltra"));
    }

    [Fact]
    public void Legal_forms_and_domains_name_the_company()
    {
        var index = Index("en", "Veltra.com Inc said sales rose. Analysts expect more from Veltra. Orbis Corp declined.");
        Assert.Equal("Veltra", index.Canonical("Veltra.com"));
        Assert.Equal("Orbis", index.Canonical("Orbis"));
        Assert.Equal(EntityKind.Organisation, index.Lookup("Orbis")!.Kind);
    }

    [Fact]
    public void Sentence_openers_and_common_words_are_not_names()
    {
        var index = Index("fr",
            "Selon Veltra, les ventes montent. Répondant aux questions, Paul Girard a souri. Si Veltra gagne, tant mieux.",
            "Cependant, rien ne change. Il faut cependant attendre.");
        var names = index.Entities.Select(e => e.Name).ToList();
        Assert.DoesNotContain("Selon", names);
        Assert.DoesNotContain("Répondant", names);
        Assert.DoesNotContain("Si Veltra", names);
        Assert.DoesNotContain("Cependant", names);
        Assert.Contains("Veltra", names);
        Assert.Contains("Paul Girard", names);
    }

    [Fact]
    public void Mentions_carry_offsets_into_the_document()
    {
        var document = Document.FromText("Hier, M. Girard a parlé.\n\nVeltra Group a répondu.", "fr");
        var mentions = EntityIndex.Build(new[] { document }).Find(document);
        foreach (var m in mentions)
        {
            Assert.Equal(m.Text, document.Text.Substring(m.Start, m.Length));
        }

        Assert.Contains(mentions, m => m.Text == "Girard" && m.Rule == "title+name");
        Assert.Contains(mentions, m => m.Text == "Veltra Group");
    }

    [Fact]
    public void Names_joined_by_and_stay_one_name_only_inside_a_longer_name()
    {
        var index = Index("en", "Amnesty Trust and Safety reviewed it. They said Apple and Google refused.");
        var names = index.Entities.Select(e => e.Name).ToList();
        Assert.Contains("Amnesty Trust and Safety", names);
        Assert.Contains("Apple", names);
        Assert.Contains("Google", names);
    }
}
