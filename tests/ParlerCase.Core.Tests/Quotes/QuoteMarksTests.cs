using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class QuoteMarksTests
{
    [Theory]
    [InlineData("«\u00A0Nous ne fermerons pas l'usine cette année.\u00A0», a déclaré Paul Durand.", "fr")]
    [InlineData("«Nous ne fermerons pas l'usine cette année.», a déclaré Paul Durand.", "fr")]
    [InlineData("« Nous ne fermerons pas l'usine cette année. », a déclaré Paul Durand.", "fr")]
    [InlineData("“Nous ne fermerons pas l'usine cette année”, a déclaré Paul Durand.", "fr")]
    [InlineData("„Nous ne fermerons pas l'usine cette année“, a déclaré Paul Durand.", "fr")]
    [InlineData("\"Nous ne fermerons pas l'usine cette année\", a déclaré Paul Durand.", "fr")]
    [InlineData("‘Nous ne fermerons pas l'usine cette année’, a déclaré Paul Durand.", "fr")]
    public void Every_mark_convention_gives_the_quote_without_its_marks(string text, string language)
    {
        var quote = Single(text, language);
        Assert.StartsWith("Nous ne fermerons pas l'usine cette année", quote.Text);
        Assert.Equal("Paul Durand", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void Apostrophes_inside_single_quotes_do_not_close_them()
    {
        var quote = Single("‘We won’t close the plant this year, and that’s final,’ said Paul Durand.", "en");
        Assert.Equal("We won’t close the plant this year, and that’s final,", quote.Text);
    }

    [Fact]
    public void A_quote_nested_in_another_is_part_of_it()
    {
        var quote = Single("« Il m'a répondu “jamais” au téléphone, et je le répète devant vous », a affirmé Paul Durand.", "fr");
        Assert.Contains("“jamais”", quote.Text);
    }

    [Fact]
    public void A_french_quote_reopened_at_each_paragraph_is_one_quote()
    {
        var quote = Single("« Nous avons tout essayé pendant des mois.\n« Rien n'a fonctionné, et nous partons », a déclaré Paul Durand.", "fr");
        Assert.Equal("Nous avons tout essayé pendant des mois. Rien n'a fonctionné, et nous partons", quote.Text);
        Assert.Equal("Paul Durand", quote.Speaker);
    }

    [Fact]
    public void An_english_quote_without_a_closing_mark_until_its_last_paragraph_is_one_quote()
    {
        var quote = Single("“We tried everything for months.\n“Nothing worked, and we are leaving,” Paul Durand said.", "en");
        Assert.Equal("We tried everything for months. Nothing worked, and we are leaving,", quote.Text);
        Assert.Equal("Paul Durand", quote.Speaker);
    }

    [Fact]
    public void An_unclosed_mark_inside_a_sentence_stops_at_the_sentence_end_with_a_note()
    {
        var quotes = Extract("Paul Durand a déclaré : « les travaux reprendront lundi dans tout le quartier. Le chantier avait été arrêté en mai. Les riverains attendent.", "fr");
        var quote = Assert.Single(quotes);
        Assert.Equal("les travaux reprendront lundi dans tout le quartier.", quote.Text);
        Assert.Contains("no closing mark", quote.Note);
    }

    [Fact]
    public void An_unclosed_mark_opening_a_paragraph_stops_at_the_paragraph_end()
    {
        var quotes = Extract("« Nous ne partirons pas d'ici sans un accord signé.\nLe maire a ensuite quitté la salle sous les applaudissements.", "fr");
        var quote = Assert.Single(quotes);
        Assert.Equal("Nous ne partirons pas d'ici sans un accord signé.", quote.Text);
        Assert.Contains("paragraph", quote.Note);
    }

    [Fact]
    public void Straight_marks_pair_in_order_even_when_misplaced()
    {
        var quotes = Extract("La juge Anne Morel a estimé que \"la société n'a fourni aucune preuve sérieuse. \"Elle a ajouté que\" la demande est à la fois tardive et mal fondée. \"", "fr");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Anne Morel", q.Speaker));
        Assert.StartsWith("la demande est", quotes[1].Text);
    }

    [Fact]
    public void Offsets_point_at_the_quoted_text()
    {
        var text = "Le maire a parlé longtemps.\n\nIl a conclu : « Nous tiendrons bon jusqu'au bout de ce mandat ».";
        var document = ParlerCase.Core.Documents.Document.FromText(text, "fr");
        var quote = Single(text, "fr");
        Assert.Equal(quote.Text, document.Text.Substring(quote.Offset, quote.Length));
    }

    [Theory]
    [InlineData("Jane Roe said the council had shown 'a clear lack of respect for the harbour workers' in its report.", "en", "a clear lack of respect for the harbour workers")]
    [InlineData("Sophie Morel a estimé que la mairie avait montré 'un manque total de respect envers les dockers' dans son rapport.", "fr", "un manque total de respect envers les dockers")]
    public void Straight_single_marks_around_words_quote_them(string text, string language, string words)
    {
        var quote = Assert.Single(Extract(text, language), q => q.Text == words);
        Assert.Equal(language == "en" ? "Jane Roe" : "Sophie Morel", quote.Speaker);
    }

    [Theory]
    [InlineData("Jane Roe's team, who grew up in the '90s, doesn't mind the players' union.", "en")]
    [InlineData("L'équipe d'Anne n'a pas changé l'horaire depuis l'été.", "fr")]
    public void Straight_apostrophes_quote_nothing(string text, string language)
    {
        Assert.Empty(Extract(text, language, includeNonQuotes: true));
    }
}
