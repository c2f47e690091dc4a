using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Tests.Documents;

public class SentenceSplitterTests
{
    private static string[] Split(string text, string language = "fr") =>
        Document.FromText(text, language).Sentences.Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("M. Dupont a parlé. Mme Durand a répondu.", "fr", 2)]
    [InlineData("Le Dr Martin est arrivé. Il a dit oui.", "fr", 2)]
    [InlineData("Amazon.com Inc. a répondu mardi. La société conteste.", "fr", 2)]
    [InlineData("The U.S. government sued. It lost.", "en", 2)]
    [InlineData("John F. Kennedy spoke on Jan. 6 in Dallas. Nobody listened.", "en", 2)]
    [InlineData("Mr. Smith left. Dr. Jones stayed.", "en", 2)]
    public void Abbreviations_and_initials_do_not_end_sentences(string text, string language, int expected)
    {
        Assert.Equal(expected, Split(text, language).Length);
    }

    [Fact]
    public void Numbers_with_separators_stay_whole()
    {
        var sentences = Split("Ted Cruz compte 4,9 millions d’abonnés. Le chiffre est passé à 1.5 million.");
        Assert.Equal(new[] { "Ted Cruz compte 4,9 millions d’abonnés.", "Le chiffre est passé à 1.5 million." }, sentences);
    }

    [Fact]
    public void Ellipsis_ends_a_sentence_only_before_a_capital()
    {
        Assert.Equal(2, Split("Parler reste inutilisable... Pour le moment, rien ne bouge.").Length);
        Assert.Single(Split("Il hésite… et puis se tait."));
    }

    [Fact]
    public void A_quotation_of_several_sentences_stays_with_its_attribution()
    {
        var text = "« Nous avons prévenu Parler. Rien n’a changé. Nous suspendons le service », a indiqué l’entreprise. Parler conteste.";
        var sentences = Split(text);
        Assert.Equal(2, sentences.Length);
        Assert.EndsWith("a indiqué l’entreprise.", sentences[0]);
    }

    [Fact]
    public void A_quote_mark_left_open_does_not_swallow_the_paragraph()
    {
        var sentences = Split("Il a dit « que tout irait bien. Personne ne l’a cru. Le lendemain, tout a changé.");
        Assert.Equal(3, sentences.Length);
    }

    [Fact]
    public void Sentences_end_after_closing_quotes()
    {
        var sentences = Split("He said: \"We will not back down!\" The company disagreed.", "en");
        Assert.Equal(new[] { "He said: \"We will not back down!\"", "The company disagreed." }, sentences);
    }

    [Fact]
    public void Offsets_point_into_the_document_text()
    {
        var document = Document.FromText("Premier paragraphe. Deuxième phrase.\n\nSecond paragraphe.", "fr");
        foreach (var sentence in document.Sentences)
        {
            Assert.Equal(sentence.Text, document.Text.Substring(sentence.Start, sentence.Length));
            Assert.Same(sentence, document.SentenceAt(sentence.Start + 1));
        }

        Assert.Equal(2, document.Paragraphs.Count);
        Assert.Equal(1, document.Sentences[2].ParagraphIndex);
    }
}
