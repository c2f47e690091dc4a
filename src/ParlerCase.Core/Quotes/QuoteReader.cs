using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Quotes
{
    /// <summary>
    /// Reads the quotes of one document (see <see cref="QuoteExtractor"/> for the rules), remembering the last
    /// speaker for the paragraphs that continue a quotation.
    /// </summary>
    internal sealed class QuoteReader
    {
        private const int ScareQuoteMaxWords = 2;
        private const int ShortQuoteMaxWords = 4;
        private const int TitleMaxWords = 6;
        private const int MaxWordsBeforeAttribution = 12;
        private const double UnattributedConfidence = 0.4;
        private const int MaxWordsBeforeApposedAttribution = 24;

        /// <summary>'said the price paid was "fair"': the clause's own words before its marked ones.</summary>
        private const int MinMixedClauseWords = 2;

        /// <summary>A lead-in, not a long report that ends on a quoted phrase: then the phrase alone is the quote.</summary>
        private const int MaxMixedClauseWords = 30;

        /// <summary>'..., the ministry's own news service said': the subject of an attribution that closes the content.</summary>
        private const int MaxTailSubjectTokens = 8;
        private const int MinTailContentWords = 4;
        private const int MaxTailAdjunctWords = 8;
        private readonly QuoteContext context;
        private readonly SpeakerResolver resolver;
        private readonly SpeechLexicon lexicon;
        private readonly CueFinder cueFinder;
        private readonly string source;
        private readonly HashSet<int> sentencesWithQuotes = new HashSet<int>();
        private readonly EntityLexicon names = EntityLexicon.Instance;
        private Speaker? previousSpeaker;
        private int previousParagraph = -10;

        public QuoteReader(QuoteContext context, SpeakerResolver resolver, SpeechLexicon lexicon, string source)
        {
            this.context = context;
            this.resolver = resolver;
            this.lexicon = lexicon;
            cueFinder = new CueFinder(lexicon);
            this.source = source;
        }

        private Document Document => context.Document;

        /// <summary>The quote (or not-quote) between a pair of marks, attributed; null when the marks hold no words.</summary>
        public Quote? Marked(QuoteSpan span)
        {
            var text = CleanText(span);
            if (text.Length == 0)
            {
                return null;
            }

            var first = (Document.SentenceAt(span.ContentStart) ?? Document.SentenceAt(span.Open))!;
            var last = Document.SentenceAt(Math.Max(span.ContentStart, span.ContentEnd - 1)) ?? first;
            var firstView = context.View(first.Index);
            var openToken = firstView.TokenAt(span.Open);
            var words = text.Split(new[] { ' ', '\u00A0', '\u202F', '\n' }, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
            var evidence = SentenceText(first, last);

            var attribution = Attribute(first, last, span);
            var cue = attribution.Cue;
            var namedSource = cue == null ? SourceCue(first.Index, firstView) : null;

            // 'Pour Claire Dupont, c'est « une injustice »': a named source speaks the marked words of its sentence.
            var governed = cue != null || (namedSource != null && IsNamedSpeaker(namedSource.Value.Speaker) && words > 1);
            var notQuote = TitleRule(text, firstView, openToken, words);
            if (notQuote == null && words <= ScareQuoteMaxWords && !(governed && (cue == null || cue.VerbEnd >= openToken - 4)))
            {
                notQuote = "scare quotes: a word or two nobody is said to utter";
            }
            else if (notQuote == null && words <= ShortQuoteMaxWords && !governed)
            {
                notQuote = "scare quotes: a few words no speech verb governs";
            }

            if (notQuote != null)
            {
                return new Quote(text, QuoteKind.NotQuote, null, string.Empty, source, span.ContentStart, span.ContentEnd - span.ContentStart, evidence, notQuote, 0.8, span.Note);
            }

            var startsSentence = StartsSentence(firstView, openToken);
            if (cue == null)
            {
                attribution = Unattributed(first, firstView, openToken, startsSentence, namedSource);
            }

            var speaker = attribution.Speaker;
            // A speaker the text does not give is left empty, and the confidence says the attribution is open.
            var confidence = speaker == null ? Math.Min(attribution.Confidence, UnattributedConfidence) : speaker.How != "name" ? attribution.Confidence - 0.15 : attribution.Confidence;
            var rule = speaker == null ? attribution.Rule + "; speaker: not given" : attribution.Rule;
            var kind = startsSentence || EndsSentence(text) ? QuoteKind.Direct : QuoteKind.Mixed;
            var quote = new Quote(text, kind, speaker, attribution.CueText, source, span.ContentStart, span.ContentEnd - span.ContentStart, evidence, rule, Math.Round(confidence, 2), span.Note);

            for (var s = first.Index; s <= last.Index; s++)
            {
                sentencesWithQuotes.Add(s);
                context.Spoke(s, speaker);
            }

            previousSpeaker = speaker;
            previousParagraph = last.ParagraphIndex;
            return quote;
        }

        /// <summary>A speech verb after the closing mark, else before the opening one in its sentence, else inside the marks.</summary>
        private Attribution Attribute(Sentence first, Sentence last, QuoteSpan span)
        {
            var after = AttributionAfter(last.Index, context.View(last.Index), context.View(last.Index).TokenAt(span.Close));
            if (after != null)
            {
                return new Attribution(after.Value.Cue, after.Value.Speaker, "attribution after the quote", 0.9);
            }

            var before = AttributionBefore(first.Index, context.View(first.Index), context.View(first.Index).TokenAt(span.Open));
            if (before != null)
            {
                return new Attribution(before.Value.Cue, before.Value.Speaker, "speech verb before the quote", 0.9);
            }

            var inside = Incise(first, span, out var incise);
            return inside != null ? new Attribution(incise, inside, "attribution inside the quote", 0.9) : new Attribution(null, null, string.Empty, 0.9);
        }

        /// <summary>
        /// No speech verb: 'selon X', a sentence ending in a colon just before, the quote a paragraph continues,
        /// or (a fragment in the reporter's sentence) that sentence's subject.
        /// </summary>
        private Attribution Unattributed(Sentence first, SentenceView view, int openToken, bool startsSentence, (Speaker Speaker, string Cue, int Token)? namedSource)
        {
            var selon = namedSource ?? SourceCue(first.Index, view);
            if (selon != null)
            {
                return new Attribution(null, selon.Value.Speaker, "source cue in the sentence", 0.9, selon.Value.Cue);
            }

            Speaker? speaker;
            if ((speaker = ColonIntroduction(first.Index, view, openToken)) != null)
            {
                return new Attribution(null, speaker, "introduced by a sentence ending in a colon", 0.8);
            }

            if (openToken == 0 && (speaker = SpeakerOfSentenceBefore(first.Index)) != null)
            {
                return new Attribution(null, speaker, "introduced by a speech verb in the sentence before", 0.7);
            }

            if (startsSentence && previousSpeaker != null && first.ParagraphIndex - previousParagraph <= 1)
            {
                return new Attribution(null, previousSpeaker.As(previousSpeaker.Text, "continues the previous quote"), "continues the previous quotation", 0.6);
            }

            if (!startsSentence && (speaker = resolver.FirstSubject(first.Index, 0, openToken)) != null)
            {
                return new Attribution(null, speaker, "fragment in a sentence: its subject", 0.4);
            }

            return new Attribution(null, null, "quotation marks", 0.5);
        }

        /// <summary>Reported speech in a sentence without quotations of its own; its speaker is the one a floating quotation after it continues.</summary>
        public IReadOnlyList<Quote> Reported(int sentence)
        {
            var quotes = ReportedIn(sentence);
            if (quotes.Count > 0)
            {
                previousSpeaker = quotes[quotes.Count - 1].SpeakerOf;
                context.Spoke(sentence, previousSpeaker);
                previousParagraph = Document.Sentences[sentence].ParagraphIndex;
            }

            return quotes;
        }

        private IReadOnlyList<Quote> ReportedIn(int sentence)
        {
            // A sentence with marked words reports only a clause of its own that quotes a part of it, or that follows them.
            var marked = sentencesWithQuotes.Contains(sentence);
            var view = context.View(sentence);
            var cues = context.Cues(sentence);
            for (var c = 0; c < cues.Count; c++)
            {
                var cue = cues[c];
                if (cue.Negated || cue.Passive)
                {
                    continue;
                }

                if (cue.Complement == ComplementKind.Clause || cue.Complement == ComplementKind.Infinitive || cue.Complement == ComplementKind.Bare || cue.Complement == ComplementKind.Charge)
                {
                    // A reported clause holding quotation marks is left to them, unless its own words come first
                    // ('said the price was "fair"'): then the clause is reported too, with the marked words in it.
                    var holdsMarks = HoldsMarks(view, cue.ComplementStart);
                    var lead = holdsMarks ? WordsBeforeMarks(view, cue) : 0;
                    var mixed = lead >= MinMixedClauseWords && lead <= MaxMixedClauseWords;
                    if ((holdsMarks && !mixed) || (marked && !holdsMarks && cue.Complement != ComplementKind.Clause))
                    {
                        return Array.Empty<Quote>();
                    }

                    // Reported by nobody the text makes out (a study, a court with no judge named): no quote.
                    // A charge stands for a named accuser only ('Some groups accused X of Y' reports a mood, not a statement).
                    var speaker = SubjectOf(sentence, view, cue, ClauseStart(view, cue.GroupStart));
                    if (speaker == null || (cue.Complement == ComplementKind.Charge && !IsNamedSpeaker(speaker)))
                    {
                        continue;
                    }

                    var rule = cue.Complement == ComplementKind.Infinitive ? "speech verb + infinitive" : cue.Complement == ComplementKind.Charge ? "charge verb: the whole phrase" : "speech verb + clause";
                    return One(Indirect(view, cue.ComplementStart, view.Count, speaker, cue.Text, mixed ? rule + " with quoted words" : rule, mixed ? QuoteKind.Mixed : QuoteKind.Indirect));
                }

                if (marked)
                {
                    continue;
                }

                if (cue.Complement == ComplementKind.None && !HoldsMarks(view, 0))
                {
                    var tail = AttributionTail(sentence, view, cue);
                    if (tail != null)
                    {
                        return tail;
                    }
                }
            }

            var selon = marked ? null : SourceCue(sentence, view);
            if (selon != null && IsNamedSpeaker(selon.Value.Speaker) && !HoldsMarks(view, 0))
            {
                var (from, to) = WithoutSourcePhrase(view, selon.Value.Token);
                return to - from >= 3 ? One(Indirect(view, from, to, selon.Value.Speaker, selon.Value.Cue, "source cue")) : Array.Empty<Quote>();
            }

            return Array.Empty<Quote>();
        }

        private static IReadOnlyList<Quote> One(Quote? quote) => quote == null ? Array.Empty<Quote>() : new[] { quote };

        /// <summary>
        /// The content first, then its attribution: '..., a ajouté M. Dupont.', '..., said the company.' (subject after
        /// the verb) and '..., Smith said on Monday.', '..., the minister said.' (a short subject before it). An
        /// attribution set in the middle ('..., he said, but ...') reports the words on both sides.
        /// </summary>
        private IReadOnlyList<Quote>? AttributionTail(int sentence, SentenceView view, SpeechCue cue)
        {
            int comma;
            if (cue.GroupStart >= 2 && view[cue.GroupStart - 1].Text == "," && IsAttributionTail(view, cue))
            {
                comma = cue.GroupStart - 1;
            }
            else if (cue.InvertedPronoun == null && cue.PostSubjectStart < 0 && lexicon.TailVerbs.Contains(view[cue.VerbEnd].Text)
                && (comma = SubjectStartComma(view, cue.GroupStart)) > 0)
            {
                // The verb ends the clause: only adjuncts follow it, to the sentence's end or to a comma.
                if (!IsLastWordsOf(view, cue.VerbEnd, out var next) || !OpensAdjunct(view, cue))
                {
                    return null;
                }

                var preverbal = SubjectOf(sentence, view, cue, comma + 1);
                if (preverbal == null)
                {
                    return null;
                }

                var before = Indirect(view, 0, comma, preverbal, cue.Text, "attribution after the content");
                var after = next < view.Count ? Indirect(view, next, view.Count, preverbal, cue.Text, "attribution after the content") : null;
                return before == null ? null : after == null ? new[] { before } : new[] { before, after };
            }
            else
            {
                return null;
            }

            var speaker = SubjectOf(sentence, view, cue, cue.GroupStart);
            return speaker == null ? null : One(Indirect(view, 0, comma, speaker, cue.Text, "inverted attribution"));
        }

        /// <summary>Nothing follows the verb, or an adjunct does: 'in a statement', 'on Monday', 'Thursday', 'told reporters'.</summary>
        private bool OpensAdjunct(SentenceView view, SpeechCue cue)
        {
            var next = cue.VerbEnd + 1;
            if (next >= view.Count || !view[next].IsWord)
            {
                return true;
            }

            var word = view[next].Text;
            return lexicon.Prepositions.Contains(word) || names.NonNames.Contains(word) || names.NonNames.Contains(char.ToUpperInvariant(word[0]) + word.Substring(1))
                || names.SentenceOpeners.Contains(word.ToLowerInvariant())
                || lexicon.AddresseeVerbs.Contains(view[cue.VerbEnd].Text);
        }

        /// <summary>The comma before a short subject right before the verb group ('..., the Kenyan government said'), or -1.</summary>
        private int SubjectStartComma(SentenceView view, int groupStart)
        {
            for (var t = groupStart - 1; t >= 0 && t >= groupStart - MaxTailSubjectTokens - 1; t--)
            {
                if (view.Quoted[t])
                {
                    return -1;
                }

                if (view[t].Text == ",")
                {
                    return t < groupStart - 1 && WordsBetween(view, 0, t) >= MinTailContentWords ? t : -1;
                }

                if (!view[t].IsWord && view[t].Text != "'s" && view[t].Text != "’" && view[t].Text != "'" && view[t].Text != "." && view[t].Text != "-")
                {
                    return -1;
                }

                if (view[t].IsWord && (lexicon.Complementizers.Contains(view[t].Text) || lexicon.Prepositions.Contains(view[t].Text) && !names.IsOfWord(view[t].Text)))
                {
                    return -1;
                }
            }

            return -1;
        }

        private static int WordsBetween(SentenceView view, int from, int to)
        {
            var words = 0;
            for (var t = from; t < to; t++)
            {
                words += view[t].IsWord ? 1 : 0;
            }

            return words;
        }

        /// <summary>Named, or standing for a name (pronoun, role, spokesperson): not a document or a description.</summary>
        private static bool IsNamedSpeaker(Speaker speaker) =>
            !speaker.How.StartsWith("document", StringComparison.Ordinal) && !speaker.How.StartsWith("description", StringComparison.Ordinal);

        private static bool HoldsMarks(SentenceView view, int fromToken)
        {
            for (var t = Math.Max(0, fromToken); t < view.Count; t++)
            {
                if (view.Quoted[t])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The reported words between two tokens, final punctuation dropped; null when fewer than two words remain.</summary>
        private Quote? Indirect(SentenceView view, int fromToken, int toToken, Speaker speaker, string cue, string rule, QuoteKind kind = QuoteKind.Indirect)
        {
            toToken = Math.Min(toToken, view.Count);
            while (toToken > fromToken && !view[toToken - 1].IsWord)
            {
                toToken--;
            }

            var words = 0;
            for (var t = fromToken; t < toToken; t++)
            {
                words += view[t].IsWord ? 1 : 0;
            }

            if (words < 2)
            {
                return null;
            }

            var start = view[fromToken].Start;
            var end = view[toToken - 1].End;
            var text = Document.Text.Substring(start, end - start);
            var confidence = speaker.How == "name" ? 0.75 : speaker.How.StartsWith("description", StringComparison.Ordinal) ? 0.5 : 0.6;
            return new Quote(text, kind, speaker, cue, source, start, end - start, view.Sentence.Text, rule, confidence, null);
        }

        /// <summary>The words of a reported clause before its first quotation mark, its complementizer left out.</summary>
        private int WordsBeforeMarks(SentenceView view, SpeechCue cue)
        {
            var words = 0;
            for (var t = cue.ComplementStart; t < view.Count && !view.Quoted[t]; t++)
            {
                words += view[t].IsWord && !lexicon.Complementizers.Contains(view[t].Text) ? 1 : 0;
            }

            return words;
        }

        /// <summary>'», a déclaré X', '", X said', '», a-t-il ajouté': a speech verb within a few words after the closing mark.</summary>
        private (SpeechCue Cue, Speaker? Speaker)? AttributionAfter(int sentence, SentenceView view, int closeToken)
        {
            var cues = context.Cues(sentence);
            for (var c = 0; c < cues.Count; c++)
            {
                var cue = cues[c];
                if (cue.GroupStart < closeToken || cue.Negated || cue.Passive)
                {
                    continue;
                }

                var words = 0;
                for (var t = closeToken; t < cue.GroupStart; t++)
                {
                    if (view.IsPunctuation(t, ".!?;:") || view.Quoted[t])
                    {
                        return null;
                    }

                    words += view[t].IsWord ? 1 : 0;
                }

                // '," Jane Roe, director of the centre, said': a subject set off by commas may be long.
                var reach = view[cue.GroupStart - 1].Text == "," ? MaxWordsBeforeApposedAttribution : MaxWordsBeforeAttribution;
                if (words > reach || (cue.Complement != ComplementKind.None && !IsAdjunctComplement(cue)))
                {
                    return null;
                }

                return (cue, SubjectOf(sentence, view, cue, closeToken));
            }

            return null;
        }

        /// <summary>'she recalled of that first day': a 'that' after an adjunct is no complementizer of the verb.</summary>
        private static bool IsAdjunctComplement(SpeechCue cue) => cue.Complement == ComplementKind.Clause && cue.ComplementStart > cue.VerbEnd + 1;

        /// <summary>The last speech verb before the quote in its sentence ('X a estimé que « ... »', 'X a déclaré : « ... »').</summary>
        private (SpeechCue Cue, Speaker? Speaker)? AttributionBefore(int sentence, SentenceView view, int openToken)
        {
            var cues = context.Cues(sentence);
            for (var c = cues.Count - 1; c >= 0; c--)
            {
                var cue = cues[c];
                if (cue.VerbEnd >= openToken || cue.Negated || cue.Passive)
                {
                    continue;
                }

                return (cue, SubjectOf(sentence, view, cue, ClauseStart(view, cue.GroupStart)));
            }

            return null;
        }

        /// <summary>
        /// '« Le tribunal ne juge pas le fond, a-t-il précisé. Il ... »': an attribution set off by commas inside
        /// the marks. Only an inverted pronoun or a name after the verb counts.
        /// </summary>
        private Speaker? Incise(Sentence sentence, QuoteSpan span, out SpeechCue? found)
        {
            found = null;
            var tokens = WordTokenizer.Tokenize(Document.Text, span.ContentStart, span.ContentEnd);
            var unmasked = new SentenceView(sentence, Document.Text, tokens, new bool[tokens.Count]);
            foreach (var cue in cueFinder.Find(unmasked))
            {
                if (cue.Negated || cue.GroupStart == 0 || tokens[cue.GroupStart - 1].Text != ",")
                {
                    continue;
                }

                if (cue.InvertedPronoun != null)
                {
                    found = cue;
                    return resolver.ResolvePronoun(cue.InvertedPronoun, sentence.Index, 0, true);
                }

                for (var t = cue.PostSubjectStart; t >= 0 && t < cue.PostSubjectEnd; t++)
                {
                    var mention = context.MentionAt(tokens[t].Start);
                    if (mention != null)
                    {
                        found = cue;
                        return new Speaker(mention.Entity, mention.Text, mention.Role, "name");
                    }
                }
            }

            return null;
        }

        private Speaker? SubjectOf(int sentence, SentenceView view, SpeechCue cue, int clauseStart)
        {
            if (cue.InvertedPronoun != null)
            {
                return resolver.ResolvePronoun(cue.InvertedPronoun, sentence, cue.GroupStart, true);
            }

            // '..., he said': the reported words before the comma name whom he speaks of, not who he is (as '..., said he').
            if (clauseStart > 0 && view[clauseStart - 1].Text == "," && IsPronounBefore(view, cue.GroupStart, clauseStart, out var pronounAt) && pronounAt == clauseStart)
            {
                return resolver.ResolvePronoun(view[pronounAt].Text, sentence, pronounAt, true);
            }

            // A participle's subject is its main clause's ('Roe quotes Hale saying'): the first, not the nearest.
            var preverbal = clauseStart >= cue.GroupStart ? null
                : (cue.Participle ? null : resolver.SubjectBefore(sentence, clauseStart, cue.GroupStart)) ?? resolver.FirstSubject(sentence, clauseStart, cue.GroupStart);
            if (preverbal != null)
            {
                return preverbal;
            }

            if (cue.PostSubjectStart >= 0)
            {
                var pronoun = view[cue.PostSubjectStart].Text;
                if (lexicon.Pronouns.ContainsKey(pronoun))
                {
                    return resolver.ResolvePronoun(pronoun, sentence, cue.PostSubjectStart, true);
                }

                // 'a expliqué à l'AFP Jean Dupont': a name inside a prepositional phrase is not the subject, unless it is the only one.
                var post = resolver.FirstSubject(sentence, cue.PostSubjectStart, cue.PostSubjectEnd)
                    ?? resolver.FirstSubject(sentence, cue.PostSubjectStart, cue.PostSubjectEnd, true);
                if (post != null)
                {
                    return post;
                }
            }

            Speaker? subject = null;
            if (cue.Participle)
            {
                subject = resolver.FirstSubject(sentence, 0, cue.GroupStart);
            }

            if (subject == null && cue.GroupStart > clauseStart && IsPronounBefore(view, cue.GroupStart, clauseStart, out var at))
            {
                return resolver.ResolvePronoun(view[at].Text, sentence, at, false);
            }

            // 'Some voters say', 'said the father': a speaker the text describes without naming keeps its description.
            if (subject == null && !cue.Participle)
            {
                subject = cue.GroupStart > clauseStart ? resolver.DescriptionBefore(sentence, clauseStart, cue.GroupStart)
                    : cue.PostSubjectStart >= 0 ? resolver.DescriptionAfter(sentence, cue.PostSubjectStart, cue.PostSubjectEnd) : null;
            }

            // 'Jane Roe said "…," and added: "…"': a verb joined by 'and' shares the subject of the sentence's first.
            if (subject == null && cue.GroupStart > 0 && view[cue.GroupStart - 1].IsWord && lexicon.Continuations.Contains(view[cue.GroupStart - 1].Text) && cue.PostSubjectStart < 0)
            {
                subject = resolver.FirstSubject(sentence, 0, cue.GroupStart - 1);
            }

            return subject;
        }

        private bool IsPronounBefore(SentenceView view, int groupStart, int clauseStart, out int at)
        {
            at = groupStart - 1;
            return at >= clauseStart && lexicon.Pronouns.ContainsKey(view[at].Text);
        }

        /// <summary>A clause starts after a complementizer, a ';' or ':', or the end of a quotation.</summary>
        private int ClauseStart(SentenceView view, int before)
        {
            // 'Jane Roe, head of the office that runs the port, said': a 'that' inside an apposition opens no clause.
            var from = before - 1;
            if (from > 0 && view[from].Text == ",")
            {
                var opening = view.AppositionOpening(from, 0);
                from = opening > 0 ? opening : from;
            }

            for (var t = from; t > 0; t--)
            {
                // '..., and in a hearing today, the judge said': a clause joined after a comma starts its own subject.
                if ((view.Quoted[t - 1] && !view.Quoted[t]) || view.IsPunctuation(t - 1, ";:") || lexicon.Complementizers.Contains(view[t - 1].Text)
                    || (t >= 2 && lexicon.Continuations.Contains(view[t - 1].Text) && view[t - 2].Text == ","))
                {
                    return t;
                }
            }

            return 0;
        }

        /// <summary>'selon X', 'd'après X', 'according to X' outside quotation marks.</summary>
        private (Speaker Speaker, string Cue, int Token)? SourceCue(int sentence, SentenceView view)
        {
            for (var t = 0; t < view.Count; t++)
            {
                if (view.Quoted[t])
                {
                    continue;
                }

                foreach (var words in lexicon.SourceCues.Concat(t == 0 ? lexicon.OpeningSourceCues : Enumerable.Empty<string[]>()))
                {
                    if (t + words.Length < view.Count && view.Matches(t, words) && (t > 0 || !lexicon.OpeningSourceCues.Contains(words) || CommaFollows(view, t + words.Length)))
                    {
                        var speaker = resolver.FirstSubject(sentence, t + words.Length, t + words.Length + 1, true)
                            ?? resolver.FirstSubject(sentence, t + words.Length, t + words.Length + 2, true);
                        if (speaker != null)
                        {
                            return (speaker, string.Join(" ", words), t);
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>'Pour Jean Dupont, ...': the phrase after an opening cue is short and closed by a comma.</summary>
        private static bool CommaFollows(SentenceView view, int from)
        {
            for (var t = from; t < view.Count && t <= from + 6; t++)
            {
                if (view[t].Text == ",")
                {
                    return t > from;
                }

                if (!view[t].IsWord)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The sentence without its 'selon X,' phrase: before it when it ends the sentence, after its comma otherwise.</summary>
        private static (int From, int To) WithoutSourcePhrase(SentenceView view, int cueToken)
        {
            var comma = cueToken;
            while (comma < view.Count && view[comma].Text != ",")
            {
                comma++;
            }

            if (cueToken > 0 && view[cueToken - 1].Text == ",")
            {
                return (0, cueToken - 1);
            }

            return comma < view.Count && cueToken == 0 ? (comma + 1, view.Count) : (0, view.Count);
        }

        /// <summary>Only the attribution follows the verb: its subject and adjuncts, to the sentence's end.</summary>
        private static bool IsAttributionTail(SentenceView view, SpeechCue cue)
        {
            if (cue.InvertedPronoun == null && cue.PostSubjectStart < 0)
            {
                return false;
            }

            for (var t = cue.VerbEnd + 1; t < view.Count; t++)
            {
                if (view.IsPunctuation(t, ";:") || view.Quoted[t])
                {
                    return false;
                }
            }

            return true;
        }

        private Speaker? ColonIntroduction(int sentence, SentenceView view, int openToken)
        {
            if (openToken > 0 && view.IsPunctuation(openToken - 1, ":"))
            {
                return resolver.FirstSubject(sentence, 0, openToken - 1);
            }

            if (openToken == 0 && sentence > 0)
            {
                var previousView = context.View(sentence - 1);
                if (previousView.Count > 0 && previousView.IsPunctuation(previousView.Count - 1, ":"))
                {
                    return resolver.FirstSubject(sentence - 1, 0, previousView.Count - 1);
                }
            }

            return null;
        }

        /// <summary>
        /// 'Claire Morel a répliqué. « ... »': the sentence just before (in the same paragraph or the one before)
        /// is a speech verb with its subject and nothing it reports: the quote that follows is what was said.
        /// </summary>
        private Speaker? SpeakerOfSentenceBefore(int sentence)
        {
            if (sentence == 0 || sentencesWithQuotes.Contains(sentence - 1))
            {
                return null;
            }

            var view = context.View(sentence - 1);
            foreach (var cue in context.Cues(sentence - 1))
            {
                if (!cue.Negated && !cue.Passive && cue.Complement == ComplementKind.None && cue.PostSubjectStart < 0 && IsLastWordsOf(view, cue.VerbEnd))
                {
                    return SubjectOf(sentence - 1, view, cue, ClauseStart(view, cue.GroupStart));
                }
            }

            return null;
        }

        /// <summary>Only punctuation, or a few adjunct words ('dans un communiqué'), follow the token to the sentence's end.</summary>
        private static bool IsLastWordsOf(SentenceView view, int token)
        {
            var words = 0;
            for (var t = token + 1; t < view.Count; t++)
            {
                words += view[t].IsWord ? 1 : 0;
            }

            return words <= 4;
        }

        /// <summary>
        /// Only adjuncts follow the verb ('on Wednesday', 'in a statement'), to the sentence's end or to a comma after
        /// which the reported words go on ('..., he said, but one person ran'): next is where they go on, else Count.
        /// </summary>
        private bool IsLastWordsOf(SentenceView view, int token, out int next)
        {
            next = view.Count;
            var words = 0;
            for (var t = token + 1; t < view.Count; t++)
            {
                if (view.Quoted[t] || view.IsPunctuation(t, ";:") || (view[t].IsWord && lexicon.Complementizers.Contains(view[t].Text)))
                {
                    return false;
                }

                if (view[t].Text == ",")
                {
                    if (t + 2 < view.Count && lexicon.Continuations.Contains(view[t + 1].Text))
                    {
                        next = t + 2;
                    }

                    break;
                }

                words += view[t].IsWord ? 1 : 0;
            }

            return words <= MaxTailAdjunctWords;
        }

        /// <summary>'le hashtag « ... »', '#tag', or a short run of capitalised words: a name or title, not a quote.</summary>
        private string? TitleRule(string text, SentenceView view, int openToken, int words)
        {
            if (text.StartsWith("#", StringComparison.Ordinal))
            {
                return "hashtag";
            }

            for (var t = openToken - 1; t >= 0 && t >= openToken - 2; t--)
            {
                if (view[t].IsWord && lexicon.TitleNouns.Contains(view[t].Text))
                {
                    return "title: announced by '" + view[t].Text + "'";
                }
            }

            var capitalised = text.Split(new[] { ' ', '\u00A0', '\u202F' }, StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
            return words > 1 && words <= TitleMaxWords && capitalised.Count == words && capitalised.All(w => char.IsUpper(w[0])) ? "title: capitalised words" : null;
        }

        private static bool StartsSentence(SentenceView view, int openToken)
        {
            for (var t = openToken - 1; t >= 0; t--)
            {
                if (view[t].IsWord)
                {
                    return view.IsPunctuation(openToken - 1, ":");
                }
            }

            return true;
        }

        private static bool EndsSentence(string text)
        {
            var end = text.TrimEnd(' ', '\u00A0', '\u202F');
            return end.Length > 0 && ".!?…".IndexOf(end[end.Length - 1]) >= 0 && char.IsUpper(text[0]);
        }

        private string SentenceText(Sentence first, Sentence last) =>
            first.Index == last.Index ? first.Text : Document.Text.Substring(first.Start, last.End - first.Start);

        /// <summary>The quoted words: reopening marks dropped, spaces and paragraph breaks folded.</summary>
        private string CleanText(QuoteSpan span)
        {
            var builder = new StringBuilder();
            var reopenings = new HashSet<int>(span.Reopenings);
            for (var i = span.ContentStart; i < span.ContentEnd; i++)
            {
                var c = Document.Text[i];
                if (reopenings.Contains(i))
                {
                    continue;
                }

                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }

            var text = builder.ToString();
            while (text.Contains("  "))
            {
                text = text.Replace("  ", " ");
            }

            return text.Trim(' ', '«', '»', '“', '”', '"', '„');
        }
    }
}
