using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Quotes
{
    /// <summary>
    /// Finds speech verb groups outside quotation marks and reads, from the words around them, the group
    /// (auxiliary, negation, adverbs, inversion), the subject written after the verb, and what the verb
    /// introduces: a clause ('que', 'that'), an infinitive, a colon, or (English) a clause without 'that'.
    /// </summary>
    internal sealed class CueFinder
    {
        private const int MaxAdjunctTokens = 14;
        private const int MaxPostSubjectTokens = 8;
        private const int MaxObjectTokens = 4;

        /// <summary>A subject before a finite verb in a clause without 'that': 'the San Francisco-based company'.</summary>
        private const int MaxBareSubjectTokens = 8;

        /// <summary>A named addressee of 'told': 'Reuters', 'the Wall Street Journal'.</summary>
        private const int MaxAddresseeTokens = 4;

        /// <summary>'in his New Year's speech' before the clause of 'said'.</summary>
        private const int MaxAdjunctPhraseTokens = 7;
        private static readonly string[] InversionSuffixes = { "-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles" };
        private static readonly HashSet<string> BarePronouns = new HashSet<string>(new[] { "it", "he", "she", "they", "we", "i", "there" }, StringComparer.OrdinalIgnoreCase);
        private readonly SpeechLexicon lexicon;

        public CueFinder(SpeechLexicon lexicon)
        {
            this.lexicon = lexicon;
        }

        public IReadOnlyList<SpeechCue> Find(SentenceView view)
        {
            var cues = new List<SpeechCue>();
            for (var i = 0; i < view.Count; i++)
            {
                if (view.Quoted[i] || !view[i].IsWord || (i > 0 && lexicon.NounMarkers.Contains(view[i - 1].Text)))
                {
                    continue;
                }

                var (verbEnd, pronoun) = MatchVerb(view, i);
                if (verbEnd < 0)
                {
                    continue;
                }

                var cue = Read(view, i, verbEnd, pronoun);
                cues.Add(cue);
                i = verbEnd;
            }

            return cues;
        }

        private (int End, string? Pronoun) MatchVerb(SentenceView view, int i)
        {
            // A one-word form may carry an inversion ('déclare-t-il'); look it up without it too.
            if (!lexicon.VerbForms.TryGetValue(view[i].Text, out var forms) && !lexicon.VerbForms.TryGetValue(SplitInversion(view[i].Text).Word, out forms))
            {
                return (-1, null);
            }

            foreach (var form in forms)
            {
                if (i + form.Length > view.Count)
                {
                    continue;
                }

                var matched = true;
                string? pronoun = null;
                for (var k = 0; k < form.Length && matched; k++)
                {
                    var word = view[i + k].Text;
                    if (k == form.Length - 1)
                    {
                        (word, pronoun) = SplitInversion(word);
                    }

                    matched = string.Equals(word, form[k], StringComparison.OrdinalIgnoreCase);
                }

                if (matched)
                {
                    return (i + form.Length - 1, pronoun);
                }
            }

            return (-1, null);
        }

        private static (string Word, string? Pronoun) SplitInversion(string word)
        {
            foreach (var suffix in InversionSuffixes)
            {
                if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return (word.Substring(0, word.Length - suffix.Length), suffix.Substring(suffix.LastIndexOf('-') + 1));
                }
            }

            return (word, null);
        }

        private SpeechCue Read(SentenceView view, int verbStart, int verbEnd, string? pronoun)
        {
            // Walk back over the verb group: auxiliaries ('a', 'a-t-il'), negation, adverbs.
            var start = verbStart;
            var negated = false;
            var passive = false;
            while (start > 0 && !view.Quoted[start - 1] && view[start - 1].IsWord)
            {
                var (word, inverted) = SplitInversion(view[start - 1].Text);
                if (lexicon.PassiveMarkers.Contains(word))
                {
                    passive = true;
                    start--;
                    continue;
                }

                if (lexicon.Auxiliaries.Contains(word) || lexicon.IsAdverb(word))
                {
                    pronoun ??= inverted;
                }
                else if (lexicon.Negations.Contains(word))
                {
                    negated = true;
                }
                else
                {
                    break;
                }

                start--;
            }

            // 'ne dit pas', 'ne déclare plus jamais': a negation right after the verb, past others or adverbs; not one in
            // the reported clause ('said he never went', 'dit qu'il n'a pas').
            for (var k = verbEnd + 1; k < view.Count && k <= verbEnd + 2 && view[k].IsWord && (lexicon.Negations.Contains(view[k].Text) || lexicon.IsAdverb(view[k].Text)); k++)
            {
                negated |= lexicon.Negations.Contains(view[k].Text) && view[k].Text != "ne";
            }

            var text = view.Span(start, verbEnd);
            var verb = view[verbEnd].Text;
            var cue = new SpeechCue(start, verbEnd, text)
            {
                Negated = negated,
                Passive = passive,
                InvertedPronoun = pronoun,
                Participle = start == verbStart && (verb.EndsWith("ant", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase)),
            };
            ReadComplement(view, cue);
            if (cue.Complement == ComplementKind.None && pronoun == null)
            {
                ReadPostSubject(view, cue);
            }

            return cue;
        }

        private void ReadComplement(SentenceView view, SpeechCue cue)
        {
            var next = cue.VerbEnd + 1;
            if (next >= view.Count)
            {
                return;
            }

            if (view[next].Text == ":")
            {
                cue.Complement = ComplementKind.Colon;
                cue.ComplementStart = next + 1;
                return;
            }

            if (lexicon.ChargeVerbs.Contains(view[cue.VerbEnd].Text) && HasChargeLink(view, next))
            {
                cue.Complement = ComplementKind.Charge;
                cue.ComplementStart = cue.VerbEnd;
                return;
            }

            if (IsInfinitive(view, next))
            {
                // 'estime ainsi devoir': the infinitive starts past the adverb, not past a negation ('ne pas avoir').
                cue.Complement = ComplementKind.Infinitive;
                cue.ComplementStart = lexicon.IsAdverb(view[next].Text) && !lexicon.Negations.Contains(view[next].Text) ? next + 1 : next;
                return;
            }

            // English drops 'that': 'said it would', 'claims Amazon breached', 'told Reuters the company would'.
            if (lexicon.Code == LanguageData.English && lexicon.BareClauseVerbs.Contains(view[cue.VerbEnd].Text))
            {
                var clause = BareClauseStart(view, cue, next);
                if (clause >= 0)
                {
                    cue.Complement = ComplementKind.Bare;
                    cue.ComplementStart = clause;
                    return;
                }
            }

            // 'a déclaré à la directrice, Amy Doe, que ...', 'said in a statement on Monday that ...', 'told reporters that ...'.
            var opensAdjunct = lexicon.Complementizers.Contains(view[next].Text) || lexicon.Prepositions.Contains(view[next].Text) || view[next].Text == ",";
            var reach = opensAdjunct ? MaxAdjunctTokens : MaxObjectTokens;
            for (var k = next; k < view.Count && k <= next + reach; k++)
            {
                if (view.Quoted[k])
                {
                    break;
                }

                if (lexicon.Complementizers.Contains(view[k].Text))
                {
                    // 'described a rule that will apply', 'la règle qu'a fixée': a 'that' before a verb opens a relative clause.
                    if (k + 1 < view.Count && view[k + 1].IsWord && IsVerbLike(view[k + 1].Text))
                    {
                        return;
                    }

                    cue.Complement = ComplementKind.Clause;
                    cue.ComplementStart = k;
                    return;
                }

                // Punctuation other than a comma, or another verb group ('..., adding that'), ends the verb's adjuncts.
                if ((!view[k].IsWord && view[k].Text != "," && view[k].Text != "'") || (k > next && (lexicon.Auxiliaries.Contains(view[k].Text) || lexicon.VerbForms.ContainsKey(view[k].Text))))
                {
                    return;
                }
            }
        }

        private bool IsVerbLike(string word) =>
            lexicon.FiniteVerbs.Contains(word) || lexicon.Auxiliaries.Contains(word) || lexicon.VerbForms.ContainsKey(word) || (word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal));

        /// <summary>
        /// A charge's link word after a short object ('accused the council of'); right after the verb ('accused of',
        /// 'accusé de toutes parts de') the subject is the one accused, not the accuser.
        /// </summary>
        private bool HasChargeLink(SentenceView view, int next)
        {
            for (var k = next; k < view.Count && k <= next + MaxObjectTokens; k++)
            {
                if (!IsPlainWord(view, k))
                {
                    return false;
                }

                if (lexicon.ChargeLinks.Contains(view[k].Text))
                {
                    return k > next && k + 1 < view.Count && view[k + 1].IsWord;
                }
            }

            return false;
        }

        /// <summary>
        /// Where a clause without 'that' starts after the verb: right there ('said the ruling was'), or past the
        /// addressee of 'told' ('told Reuters the company would', 'told them it'); -1 when none follows.
        /// </summary>
        private int BareClauseStart(SentenceView view, SpeechCue cue, int next)
        {
            // A pronoun subject is enough ('said it would'); a noun subject needs a subject before the verb, so
            // that '..., said the company.' is an attribution, and a finite verb after it.
            if (IsPlainWord(view, next) && BarePronouns.Contains(view[next].Text) && next + 2 < view.Count && IsPlainWord(view, next + 1))
            {
                return next;
            }

            if (!HasSubjectBefore(view, cue))
            {
                return -1;
            }

            if (IsNounClause(view, next))
            {
                return next;
            }

            // 'said Thursday the line could', 'said in his speech he was ready': an adjunct, then the clause.
            var afterAdjunct = AfterAdjunct(view, next);
            if (afterAdjunct > next && IsPlainWord(view, afterAdjunct + 1) && (BarePronouns.Contains(view[afterAdjunct].Text) || IsNounClause(view, afterAdjunct)))
            {
                return afterAdjunct;
            }

            if (!lexicon.AddresseeVerbs.Contains(view[cue.VerbEnd].Text) || !IsPlainWord(view, next))
            {
                return -1;
            }

            if (lexicon.ObjectPronouns.Contains(view[next].Text))
            {
                return IsPlainWord(view, next + 1) && (BarePronouns.Contains(view[next + 1].Text) || IsNounClause(view, next + 1)) ? next + 1 : -1;
            }

            // 'Reuters', 'the court', 'investors': a name, a determiner and its noun, or a bare plural.
            var first = view[next].Text;
            var maxEnd = char.IsUpper(first[0]) ? next + MaxAddresseeTokens : lexicon.Determiners.Contains(first) ? next + 2 : next + 1;
            for (var end = next + 1; end <= maxEnd && IsPlainWord(view, end); end++)
            {
                if (BarePronouns.Contains(view[end].Text) || IsNounClause(view, end))
                {
                    return end;
                }

                if (char.IsUpper(first[0]) && !char.IsUpper(view[end].Text[0]))
                {
                    break;
                }
            }

            return -1;
        }

        /// <summary>
        /// A noun subject and a finite verb: 'the company would', 'Amazon breached', 'most residents are', 'police were',
        /// 'the shelter needs'. A name is followed by its verb or its possessive ('Apple's lawyers were').
        /// </summary>
        private bool IsNounClause(SentenceView view, int k)
        {
            if (!IsPlainWord(view, k) || lexicon.Complementizers.Contains(view[k].Text))
            {
                return false;
            }

            var first = view[k].Text;
            var name = char.IsUpper(first[0]);
            if (!name && !lexicon.Determiners.Contains(first) && !lexicon.Quantifiers.Contains(first) && !char.IsDigit(first[0]) && !IsCommonNoun(first))
            {
                return false;
            }

            for (var j = k + 1; j < view.Count && j <= k + MaxBareSubjectTokens; j++)
            {
                // 'Orbis's request was': the possessive (a word token of its own) makes the name a determiner, and the
                // noun it owns is no verb ('told Orbis's councillors at': not a present in -s).
                if (IsPlainWord(view, j) && view[j].Text == "'s")
                {
                    name = false;
                    j++;
                    continue;
                }

                if (!IsPlainWord(view, j))
                {
                    // 'the company's lawyers', 'the San Francisco-based company'.
                    if (view[j].Text == "'" || view[j].Text == "’" || view[j].Text == "-" || view[j].Text == "'s" || view[j].Text == "’s")
                    {
                        name = false;
                        continue;
                    }

                    return false;
                }

                // A present in -s follows a noun, not an article or a preposition ('about her plans').
                var previous = view[j - 1].Text;
                var presentAllowed = (j > k + 1 || !name) && !lexicon.Determiners.Contains(previous) && !lexicon.Prepositions.Contains(previous) && !lexicon.Quantifiers.Contains(previous);
                if (IsFinite(view[j].Text, presentAllowed))
                {
                    return true;
                }

                // 'told the court it had', 'told reporters that': the clause starts later, the noun is the addressee.
                if (BarePronouns.Contains(view[j].Text) || lexicon.Complementizers.Contains(view[j].Text))
                {
                    return false;
                }

                if (name && !char.IsUpper(view[j].Text[0]))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A lower-case word that may open a noun phrase: no function word, no adverb, no verb of speech.</summary>
        private bool IsCommonNoun(string word) =>
            word.Length > 2 && char.IsLower(word[0]) && !lexicon.Prepositions.Contains(word) && !lexicon.ObjectPronouns.Contains(word) && !lexicon.Negations.Contains(word) && !lexicon.IsAdverb(word)
            && !lexicon.VerbForms.ContainsKey(word) && !lexicon.FiniteVerbs.Contains(word) && !LanguageData.For(lexicon.Code).IsStopWord(word);

        /// <summary>An auxiliary or modal, a regular past ('breached') or, after the subject's first word, a present in -s ('needs').</summary>
        private bool IsFinite(string word, bool presentAllowed) =>
            lexicon.FiniteVerbs.Contains(word) || (word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal))
            || (presentAllowed && word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
                && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("ics", StringComparison.Ordinal) && !word.EndsWith("'s", StringComparison.Ordinal));

        private static bool IsPlainWord(SentenceView view, int k) => k < view.Count && view[k].IsWord && !view.Quoted[k];

        /// <summary>A word right before the verb, or an apposition closed by a comma after one ('Jane Roe, who runs it, says').</summary>
        private static bool HasSubjectBefore(SentenceView view, SpeechCue cue) =>
            cue.GroupStart > 0 && !view.Quoted[cue.GroupStart - 1] && (view[cue.GroupStart - 1].IsWord || (view[cue.GroupStart - 1].Text == "," && cue.GroupStart >= 4));

        /// <summary>
        /// Past a time word ('Thursday', 'today') or a short prepositional phrase ending before a pronoun ('in a
        /// statement he'): where a clause may start; k itself when none is there.
        /// </summary>
        private int AfterAdjunct(SentenceView view, int k)
        {
            if (!IsPlainWord(view, k))
            {
                return k;
            }

            if (lexicon.TimeWords.Contains(view[k].Text))
            {
                return k + 1;
            }

            if (!lexicon.Prepositions.Contains(view[k].Text))
            {
                return k;
            }

            for (var j = k + 1; j < view.Count && j <= k + MaxAdjunctPhraseTokens; j++)
            {
                if (!IsPlainWord(view, j) && view[j].Text != "'s" && view[j].Text != "’s")
                {
                    return k;
                }

                if (BarePronouns.Contains(view[j].Text) && j > k + 1)
                {
                    return j;
                }
            }

            return k;
        }

        /// <summary>A listed infinitive ('avoir', 'to have'), after a negation or an adverb ('ne pas avoir', 'estime ainsi devoir').</summary>
        private bool IsInfinitive(SentenceView view, int k)
        {
            if (view.Quoted[k] && !(k + 1 < view.Count && view[k + 1].IsWord))
            {
                return false;
            }

            var word = view[k].Text;
            if (k + 1 < view.Count && view[k].IsWord && (lexicon.Negations.Contains(word) || lexicon.IsAdverb(word)))
            {
                return IsInfinitive(view, k + 1);
            }

            foreach (var form in lexicon.ReportedInfinitives)
            {
                if (view.Matches(k, form))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>'..., a ajouté M. Dupont dans un communiqué.' / '..., said the company.': the subject after the verb.</summary>
        private void ReadPostSubject(SentenceView view, SpeechCue cue)
        {
            var before = cue.GroupStart - 1;
            if (before >= 0 && view[before].IsWord && !view.Quoted[before])
            {
                return;
            }

            var first = cue.VerbEnd + 1;
            var k = first;
            while (k < view.Count && k - first < MaxPostSubjectTokens && !view.Quoted[k] && (view[k].IsWord || view[k].Text == "." && k + 1 < view.Count && view[k + 1].IsWord)
                && !(k > first && lexicon.Prepositions.Contains(view[k].Text)) && !lexicon.Complementizers.Contains(view[k].Text))
            {
                k++;
            }

            if (k > first)
            {
                cue.PostSubjectStart = first;
                cue.PostSubjectEnd = k;
            }
        }
    }
}
