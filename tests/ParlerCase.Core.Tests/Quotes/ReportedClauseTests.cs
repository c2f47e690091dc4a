using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

/// <summary>Reported clauses that hold or follow quoted words, and charges reported as a whole phrase.</summary>
public class ReportedClauseTests
{
    [Theory]
    [InlineData("Jane Roe said the price the city paid was \"fair and open.\"", "en", "Jane Roe", "the price the city paid was", "fair and open.")]
    [InlineData("Sophie Morel a estimé que le prix payé par la ville était « juste et transparent ».", "fr", "Sophie Morel", "le prix payé par la ville était", "juste et transparent")]
    public void A_clause_whose_own_words_come_first_is_reported_with_its_quoted_words(string text, string language, string speaker, string clause, string marked)
    {
        var quotes = Extract(text, language);
        var mixed = Assert.Single(quotes, q => q.Kind == QuoteKind.Mixed && q.Text.Contains(clause));
        Assert.Equal(speaker, mixed.Speaker);
        Assert.Contains(quotes, q => q.Text == marked && q.Speaker == speaker);
    }

    [Theory]
    [InlineData("Jane Roe said that \"the price was fair and the process open.\"", "en")]
    [InlineData("Sophie Morel a estimé que « le prix était juste et la procédure transparente ».", "fr")]
    public void A_clause_that_is_all_quoted_words_is_one_quote(string text, string language)
    {
        Assert.StartsWith(language == "en" ? "the price was fair" : "le prix était juste", Single(text, language).Text);
    }

    [Theory]
    [InlineData("\"We are ready,\" Jane Roe said, adding that the team had trained for months.", "en", "Jane Roe", "the team had trained for months")]
    [InlineData("« Nous sommes prêts », a déclaré Sophie Morel, ajoutant que l'équipe s'entraînait depuis des mois.", "fr", "Sophie Morel", "l'équipe s'entraînait depuis des mois")]
    public void A_clause_after_the_quoted_words_is_reported_too(string text, string language, string speaker, string clause)
    {
        var quotes = Extract(text, language);
        Assert.Equal(2, quotes.Count);
        Assert.Contains(clause, quotes[1].Text);
        Assert.Equal(QuoteKind.Indirect, quotes[1].Kind);
        Assert.Equal(speaker, quotes[1].Speaker);
    }

    [Theory]
    [InlineData("Jane Roe accused the harbour council of hiding the flood report.", "en", "Jane Roe", "accused the harbour council of hiding the flood report")]
    [InlineData("Sophie Morel accuse la mairie de cacher le rapport sur les crues.", "fr", "Sophie Morel", "accuse la mairie de cacher le rapport sur les crues")]
    public void A_charge_is_reported_from_its_verb_on(string text, string language, string speaker, string words)
    {
        var quote = Single(text, language);
        Assert.Equal(words, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith("charge verb: the whole phrase", quote.Rule);
    }

    [Theory]
    [InlineData("Jane Roe was accused of hiding the flood report.", "en")]
    [InlineData("Sophie Morel a été accusée de cacher le rapport.", "fr")]
    [InlineData("Jane Roe accused the harbour council on Monday.", "en")]
    [InlineData("La mairie, accusée de négligence par les riverains, a rouvert le port.", "fr")]
    [InlineData("Some residents accused the harbour council of hiding the flood report.", "en")]
    [InlineData("Des riverains accusent la mairie de cacher le rapport sur les crues.", "fr")]
    public void A_charge_someone_faces_or_one_without_its_link_is_no_quote(string text, string language)
    {
        Assert.Empty(Extract(text, language));
    }

    [Theory]
    [InlineData("Jane Roe, head of the office that runs the harbour, said on Monday that the port would reopen in May.", "en", "Jane Roe")]
    [InlineData("Sophie Morel, qui dirige le service que la ville a créé, a déclaré lundi que le port rouvrirait en mai.", "fr", "Sophie Morel")]
    [InlineData("When Orbis appealed, Judge Anna Vell at the Lyon court ruled that the port would reopen.", "en", "Anna Vell")]
    [InlineData("Quand Orbis a fait appel, la juge Anna Vell au tribunal de Lyon a estimé que le port rouvrirait.", "fr", "Anna Vell")]
    public void The_subject_is_the_name_before_the_verb_past_an_apposition_or_a_qualifying_phrase(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Jane Roe said the port \"will reopen,\" and added: \"We owe it to the workers.\"", "en", "Jane Roe")]
    [InlineData("Sophie Morel a dit que le port « rouvrira » et a ajouté : « Nous le devons aux dockers. »", "fr", "Sophie Morel")]
    public void A_verb_joined_by_and_shares_the_first_verb_s_subject(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Extract(text, language).Last().Speaker);
    }

    [Theory]
    [InlineData("Judge Anna Vell took over the harbour case in March. The union filed its appeal, and at a short hearing on Friday, the judge said that the port would stay shut.", "en", "Anna Vell")]
    [InlineData("La juge Anna Vell a repris le dossier du port en mars. Le syndicat a fait appel, et lors d'une courte audience vendredi, la juge a indiqué que le port resterait fermé.", "fr", "Anna Vell")]
    [InlineData("La juge Anna Vell a repris le dossier du port en mars. La justice estime que le port doit rouvrir avant l'été.", "fr", "Anna Vell")]
    public void A_clause_joined_after_a_comma_has_its_own_subject(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Sophie Morel affirme ainsi vouloir rouvrir le port avant l'été.", "fr", "vouloir rouvrir le port avant l'été")]
    [InlineData("Jane Roe denied having seen the harbour report.", "en", "having seen the harbour report")]
    public void A_reported_infinitive_is_the_quote(string text, string language, string words)
    {
        Assert.Equal(words, Single(text, language).Text);
    }

    [Theory]
    [InlineData("Jane Roe called the plan \"a disgrace to the whole harbour\" in her report.", "en")]
    [InlineData("Sophie Morel a estimé que le plan était « une honte pour tout le port » dans une note.", "fr")]
    public void A_speech_verb_form_after_an_article_or_a_possessive_is_a_noun(string text, string language)
    {
        var quotes = Extract(text, language);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(language == "en" ? "Jane Roe" : "Sophie Morel", q.Speaker));
    }

    [Theory]
    [InlineData("Jane Roe described a rule that will apply to every harbour.", "en")]
    [InlineData("Sophie Morel a expliqué la règle qu'a fixée la mairie pour le port.", "fr")]
    public void A_that_before_a_verb_opens_a_relative_clause_not_a_report(string text, string language)
    {
        Assert.Empty(Extract(text, language));
    }

    [Theory]
    [InlineData("Jane Roe noted that even though the harbour had been closed for most of the winter by the port authority on the grounds that the company could not keep its cranes safe in the storms that hit the coast, workers faced \"a disgrace to every family on the coast.\"", "en")]
    [InlineData("Sophie Morel a noté que même si le port avait été fermé pendant presque tout l'hiver par l'autorité portuaire au motif que la société ne pouvait pas garder ses grues en sécurité dans les tempêtes qui frappent la côte, les dockers subissaient « une honte pour toutes les familles de la côte ».", "fr")]
    public void A_long_report_ending_on_quoted_words_quotes_the_words_alone(string text, string language)
    {
        Assert.Equal(QuoteKind.Mixed, Single(text, language).Kind);
    }
}
