using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Tests.Documents;

public class WordTokenizerTests
{
    private static string[] Words(string text) => WordTokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void French_elisions_are_words_of_their_own()
    {
        Assert.Equal(new[] { "qu'", "il", "l'", "a", "dit", "d'", "abord" }, Words("qu’il l'a dit d’abord"));
    }

    [Fact]
    public void An_irish_o_before_a_capital_stays_in_the_name()
    {
        Assert.Equal(new[] { "Colm", "O'Brady", "l'", "Oise" }, Words("Colm O’Brady l'Oise"));
    }

    [Fact]
    public void Inversions_domains_and_dotted_abbreviations_stay_whole()
    {
        Assert.Equal(new[] { "a-t-il", "dit", "à", "Amazon.com", "aux", "U.S.", "," }, Words("a-t-il dit à Amazon.com aux U.S.,"));
    }

    [Fact]
    public void The_english_possessive_is_split_but_contractions_are_not()
    {
        Assert.Equal(new[] { "Parler", "'s", "CEO", "won't", "go" }, Words("Parler's CEO won't go"));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "«\u00A0Non\u00A0», dit-elle.";
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            Assert.Equal(token.Text, text.Substring(token.Start, token.End - token.Start).Replace('’', '\''));
        }
    }
}
