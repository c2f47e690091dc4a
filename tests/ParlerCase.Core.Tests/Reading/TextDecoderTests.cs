using System.Text;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Reading;

public class TextDecoderTests
{
    private const string French = "« L’été dernier, Noël a coûté 4,9 millions d’euros », a déclaré Mme Lefèvre. Ça ira.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[], string> Encodings() => new()
    {
        { "UTF-8 without BOM", new UTF8Encoding(false).GetBytes(French), "utf-8" },
        { "UTF-8 with BOM", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(French)).ToArray(), "utf-8" },
        { "UTF-16 LE with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(French)).ToArray(), "utf-16" },
        { "UTF-16 BE with BOM", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(French)).ToArray(), "utf-16BE" },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(French), "utf-16" },
        { "UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(French), "utf-16BE" },
        { "Windows-1252", Encoding.GetEncoding(1252).GetBytes(French), "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_French_text_in_each_encoding_without_garbling(string label, byte[] bytes, string encoding)
    {
        var (text, used) = TextDecoder.Decode(bytes, label);
        Assert.Equal(French, text);
        Assert.Equal(encoding, used);
    }

    [Fact]
    public void Latin1_French_without_typographic_quotes_decodes_as_a_single_byte_text()
    {
        var latin = "Le président a été reçu à l'Élysée où il a déclaré qu'il était très ému.";
        var (text, _) = TextDecoder.Decode(Encoding.Latin1.GetBytes(latin), "latin1.txt");
        Assert.Equal(latin, text);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var e = Assert.Throws<ArticleReadException>(() => TextDecoder.Decode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "image.txt"));
        Assert.Equal(ArticleErrorKind.BinaryFile, e.Kind);
    }

    [Fact]
    public void Bytes_that_are_no_text_encoding_are_refused_not_garbled()
    {
        var noise = Enumerable.Range(0, 512).Select(i => (byte)(1 + (i * 37 % 254))).ToArray();
        var e = Assert.Throws<ArticleReadException>(() => TextDecoder.Decode(noise, "noise.txt"));
        Assert.Equal(ArticleErrorKind.UndecodableText, e.Kind);
    }

    public static TheoryData<string, byte[], string> Lies() => new()
    {
        { "utf-7", new UTF8Encoding(false).GetBytes(French), "utf-8" },
        { "utf-32", new UTF8Encoding(false).GetBytes(French), "utf-8" },
        { "shift_jis", Encoding.GetEncoding(1252).GetBytes(French), "windows-1252" },
        { "utf-8", Encoding.GetEncoding(1252).GetBytes(French), "windows-1252" },
        { "iso-8859-1", new UTF8Encoding(false).GetBytes(French), "utf-8" },
        { "x-no-such-charset", new UTF8Encoding(false).GetBytes(French), "utf-8" },
    };

    [Theory]
    [MemberData(nameof(Lies))]
    public void A_declared_charset_the_bytes_contradict_falls_back_to_detection_with_a_warning(string declared, byte[] bytes, string encoding)
    {
        var (text, used, warning) = TextDecoder.Decode(bytes, "page.html", declared);
        Assert.Equal(French, text);
        Assert.Equal(encoding, used);
        Assert.Contains($"'{declared}'", warning);
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("utf-8")]
    public void A_true_declaration_is_followed_without_a_word(string declared)
    {
        var (text, _, warning) = TextDecoder.Decode(Encoding.GetEncoding(declared).GetBytes(French), "page.html", declared);
        Assert.Equal(French, text);
        Assert.Null(warning);
    }

    [Fact]
    public void Japanese_in_its_declared_shift_jis_is_read_in_it()
    {
        const string Japanese = "東京地方裁判所は月曜日、訴えを退けた。";
        var (text, used, warning) = TextDecoder.Decode(Encoding.GetEncoding("shift_jis").GetBytes(Japanese), "page.html", "shift_jis");
        Assert.Equal(Japanese, text);
        Assert.Equal("shift_jis", used);
        Assert.Null(warning);
    }
}
