using System.Collections.Generic;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Quotes
{
    /// <summary>One document prepared for quote extraction: quotation spans, names, and per-sentence tokens and cues, built lazily once.</summary>
    internal sealed class QuoteContext
    {
        private readonly SentenceView?[] views;
        private readonly IReadOnlyList<SpeechCue>?[] cues;
        private readonly Dictionary<int, EntityMention> mentionsByStart = new Dictionary<int, EntityMention>();
        private readonly IReadOnlyList<EntityMention> mentions;
        private readonly bool[] quoted;
        private readonly CueFinder cueFinder;

        private readonly TokenizedDocument tokenized;

        /// <summary>Who a sentence's attribution names, for the pronouns after it.</summary>
        private readonly Dictionary<int, Speaker> speakers = new Dictionary<int, Speaker>();

        public QuoteContext(TokenizedDocument tokenized, IReadOnlyList<QuoteSpan> spans, IReadOnlyList<EntityMention> mentions, CueFinder cueFinder)
        {
            this.tokenized = tokenized;
            var document = tokenized.Document;
            Document = document;
            Spans = spans;
            this.mentions = mentions;
            this.cueFinder = cueFinder;
            views = new SentenceView?[document.Sentences.Count];
            cues = new IReadOnlyList<SpeechCue>?[document.Sentences.Count];
            foreach (var mention in mentions)
            {
                mentionsByStart[mention.Start] = mention;
            }

            quoted = new bool[document.Text.Length + 1];
            foreach (var span in spans)
            {
                if (!span.Nested)
                {
                    for (var i = span.Open; i < span.Close && i < quoted.Length; i++)
                    {
                        quoted[i] = true;
                    }
                }
            }
        }

        public Document Document { get; }

        public IReadOnlyList<QuoteSpan> Spans { get; }

        public bool IsQuoted(int offset) => quoted[offset];

        public SentenceView View(int sentence)
        {
            var view = views[sentence];
            if (view == null)
            {
                var s = Document.Sentences[sentence];
                var tokens = tokenized.Sentences[sentence];
                var mask = new bool[tokens.Count];
                for (var i = 0; i < tokens.Count; i++)
                {
                    mask[i] = quoted[tokens[i].Start];
                }

                view = new SentenceView(s, Document.Text, tokens, mask);
                views[sentence] = view;
            }

            return view;
        }

        public IReadOnlyList<SpeechCue> Cues(int sentence) => cues[sentence] ??= cueFinder.Find(View(sentence));

        /// <summary>Records the speaker a sentence names; a speaker worked out from a pronoun or an earlier quote is no evidence.</summary>
        public void Spoke(int sentence, Speaker? speaker)
        {
            if (speaker != null && !speaker.How.StartsWith("pronoun", System.StringComparison.Ordinal) && !speaker.How.StartsWith("continues", System.StringComparison.Ordinal))
            {
                speakers[sentence] = speaker;
            }
        }

        public Speaker? SpeakerIn(int sentence) => speakers.TryGetValue(sentence, out var speaker) ? speaker : null;

        public EntityMention? MentionAt(int offset) => mentionsByStart.TryGetValue(offset, out var mention) ? mention : null;

        /// <summary>
        /// The person this document gives a role with this noun ('PDG' → 'PDG de Vocal'): the last one before an
        /// offset, else (a headline, an opening paragraph) the first one after it.
        /// </summary>
        public Entity? RoleHolder(string noun, int offset)
        {
            Entity? holder = null;
            foreach (var mention in mentions)
            {
                if (mention.Role != null && HasWord(mention.Role, noun))
                {
                    if (mention.Start >= offset)
                    {
                        return holder ?? mention.Entity;
                    }

                    holder = mention.Entity;
                }
            }

            return holder;
        }

        private static bool HasWord(string text, string word)
        {
            foreach (var token in WordTokenizer.Tokenize(text))
            {
                if (token.Is(word))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
