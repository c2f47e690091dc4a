using System;
using System.Collections.Generic;
using System.Text;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Documents
{
    /// <summary>
    /// An article's cleaned body split into paragraphs and sentences. Every offset the module reports
    /// (quotes, dates, facts) is a character offset into <see cref="Text"/>.
    /// </summary>
    public sealed class Document
    {
        /// <summary>Paragraphs are joined with a blank line in <see cref="Text"/>.</summary>
        public const string ParagraphSeparator = "\n\n";

        private Document(string text, string language, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences)
        {
            Text = text;
            Language = language;
            Paragraphs = paragraphs;
            Sentences = sentences;
        }

        public string Text { get; }

        /// <summary>Two-letter code: 'fr' or 'en'.</summary>
        public string Language { get; }

        public IReadOnlyList<Paragraph> Paragraphs { get; }

        public IReadOnlyList<Sentence> Sentences { get; }

        /// <summary>Builds a document from paragraphs of text (each one line, no separators inside).</summary>
        public static Document FromParagraphs(IEnumerable<string> paragraphs, string language)
        {
            var splitter = new SentenceSplitter(LanguageData.For(language));
            var builder = new StringBuilder();
            var paragraphList = new List<Paragraph>();
            var sentenceList = new List<Sentence>();
            foreach (var paragraphText in paragraphs)
            {
                if (builder.Length > 0)
                {
                    builder.Append(ParagraphSeparator);
                }

                var start = builder.Length;
                builder.Append(paragraphText);
                var own = new List<Sentence>();
                foreach (var (offset, length) in splitter.Split(paragraphText))
                {
                    var sentence = new Sentence(sentenceList.Count, start + offset, paragraphText.Substring(offset, length), paragraphList.Count);
                    own.Add(sentence);
                    sentenceList.Add(sentence);
                }

                paragraphList.Add(new Paragraph(paragraphList.Count, start, paragraphText, own));
            }

            return new Document(builder.ToString(), language, paragraphList, sentenceList);
        }

        /// <summary>Splits plain text on blank lines and line ends into paragraphs, then sentences.</summary>
        public static Document FromText(string text, string language)
        {
            var paragraphs = new List<string>();
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    paragraphs.Add(trimmed);
                }
            }

            return FromParagraphs(paragraphs, language);
        }

        /// <summary>The sentence holding a character offset, or null between paragraphs.</summary>
        public Sentence? SentenceAt(int offset)
        {
            int lo = 0, hi = Sentences.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                var s = Sentences[mid];
                if (offset < s.Start)
                {
                    hi = mid - 1;
                }
                else if (offset >= s.End)
                {
                    lo = mid + 1;
                }
                else
                {
                    return s;
                }
            }

            return null;
        }

        public Paragraph ParagraphOf(Sentence sentence) => Paragraphs[sentence.ParagraphIndex];

        public override string ToString() => Text.Length <= 80 ? Text : Text.Substring(0, 80) + "…";
    }
}
