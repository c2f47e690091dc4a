using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Quotes
{
    /// <summary>
    /// Turns the words that stand for a speaker into an entity. A name is its entity. A pronoun ('il', 'she')
    /// is the first subject earlier in its sentence or in the sentences just before, of a fitting kind and
    /// gender. A role ('le PDG') is the person the article gives that role; a speaker noun is the organisation
    /// last named ('l'entreprise'), the organisation or person named after it ('un porte-parole d'OCS'), the
    /// party behind a document ('le procès', 'la lettre': its author, or the subject of the last sentence naming
    /// a document of its kind), or a court's judge. A subject is the first such phrase in a clause that no
    /// preposition governs. Works within one document.
    /// </summary>
    internal sealed class SpeakerResolver
    {
        private const int MaxDepth = 3;
        private const int PronounReach = 4;

        /// <summary>A sentence's subject opens it, past an adverbial or two ('Later, Jane Roe took'): not a name deep in its object.</summary>
        private const int SubjectReach = 6;
        private const int OrganisationReach = 6;
        private const int DocumentReach = 40;
        private const int DescriptionSpan = 8;
        private const int MaxDescriptionTokens = 6;
        private readonly QuoteContext context;
        private readonly EntityIndex index;
        private readonly SpeechLexicon lexicon;
        private readonly EntityLexicon names = EntityLexicon.Instance;

        // Each phrase resolved once per depth: a description resolves through the subjects before it, each of
        // them through those before it, so without this a run-on sentence of descriptions took exponential time.
        private readonly Dictionary<(int Sentence, int Token, string Text, string? Noun, string? Pronoun, int Mention, int Possessor, int Depth), Speaker?> resolved =
            new Dictionary<(int, int, string, string?, string?, int, int, int), Speaker?>();

        public SpeakerResolver(QuoteContext context, EntityIndex index, SpeechLexicon lexicon)
        {
            this.context = context;
            this.index = index;
            this.lexicon = lexicon;
        }

        /// <summary>The first subject candidate in tokens [from, to) of a sentence, resolved.</summary>
        public Speaker? FirstSubject(int sentence, int from, int to, bool allowGoverned = false, Func<Entity, bool>? accept = null, int depth = 0)
        {
            var view = context.View(sentence);
            for (var t = Math.Max(0, from); t < Math.Min(to, view.Count); t++)
            {
                var candidate = CandidateAt(sentence, t);
                // A clause's subject is never in a 'selon X' adjunct; an antecedent may be ('Pour X, ... Elle a ajouté').
                if (candidate == null || (!allowGoverned && IsGoverned(view, candidate, sourceCueGoverns: accept == null)) || (accept != null && IsDocument(candidate)) || InParentheses(view, t))
                {
                    continue;
                }

                var speaker = Resolve(candidate, depth);
                if (speaker != null && (accept == null || accept(speaker.Entity)))
                {
                    return speaker;
                }

                // Without a filter the subject is this first phrase, resolved or not: never fall through to an object.
                if (accept == null)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The name or pronoun that ends right before a verb, past an apposition set off by commas ('Controversy
        /// erupted after Jane Roe, the city's envoy, told'): the verb's subject, whatever opens the clause.
        /// </summary>
        public Speaker? SubjectBefore(int sentence, int from, int verbStart)
        {
            var view = context.View(sentence);
            var end = verbStart - 1;
            if (end > from && view[end].Text == ",")
            {
                var opening = view.AppositionOpening(end, from);
                if (opening < 0)
                {
                    return null;
                }

                end = opening - 1;
            }

            // Right before the verb, else before a phrase that qualifies the subject ('le juge X en charge de l'affaire a estimé').
            var speaker = NameEndingAt(sentence, from, end, true);
            for (var k = end; speaker == null && k > from + 1 && k >= end - MaxDescriptionTokens; k--)
            {
                if (view[k].IsWord && lexicon.Prepositions.Contains(view[k].Text) && !names.IsOfWord(view[k].Text))
                {
                    speaker = NameEndingAt(sentence, from, k - 1, false);
                }
            }

            return speaker;
        }

        /// <summary>The name (or, when allowed, the pronoun) whose last token is 'end' and that no preposition governs.</summary>
        private Speaker? NameEndingAt(int sentence, int from, int end, bool pronounAllowed)
        {
            var view = context.View(sentence);
            for (var t = Math.Max(from, end - MaxDescriptionTokens); t <= end; t++)
            {
                var candidate = CandidateAt(sentence, t);
                if (candidate != null && candidate.Mention != null && view.TokenAt(candidate.Mention.End) - 1 == end && !IsGoverned(view, candidate, true))
                {
                    return Resolve(candidate);
                }

                if (pronounAllowed && candidate != null && candidate.Pronoun != null && t == end)
                {
                    return Resolve(candidate);
                }
            }

            return null;
        }

        public Candidate? CandidateAt(int sentence, int t)
        {
            var view = context.View(sentence);
            var token = view[t];
            if (view.Quoted[t] || !token.IsWord)
            {
                return null;
            }

            var mention = context.MentionAt(token.Start);
            if (mention != null && IsPossessive(view, mention))
            {
                // 'Veltra's lawyers', 'Veltra's CEO': the phrase's head speaks; the name only determines it.
                var head = view.TokenAt(mention.End) + 1;
                return head < view.Count && view[head].IsWord && (lexicon.SpeakerNouns.ContainsKey(view[head].Text) || names.RoleWords.Contains(view[head].Text))
                    ? new Candidate(sentence, head - 1, context.Document.Text.Substring(mention.Start, view[head].End - mention.Start), null, null, view[head].Text, mention)
                    : null;
            }

            if (mention != null && IsRolePremodifier(view, mention))
            {
                // 'Orbis CEO Dana Price': the organisation qualifies the role of the name that follows.
                return null;
            }

            var roleAfter = mention == null ? -1 : view.TokenAt(mention.End);
            if (mention != null && roleAfter < view.Count && names.RoleWords.Contains(view[roleAfter].Text))
            {
                // 'Orbis CEO: « ... »': the role speaks, not the organisation.
                return new Candidate(sentence, roleAfter - 1, context.Document.Text.Substring(mention.Start, view[roleAfter].End - mention.Start), null, null, view[roleAfter].Text, mention);
            }

            if (mention != null)
            {
                return new Candidate(sentence, t, PhraseText(view, t, mention), mention, null, null);
            }

            if (lexicon.Pronouns.ContainsKey(token.Text))
            {
                return new Candidate(sentence, t, token.Text, null, token.Text.ToLowerInvariant(), null);
            }

            if (lexicon.Determiners.Contains(token.Text) && t + 1 < view.Count && !view.Quoted[t + 1] && view[t + 1].IsWord)
            {
                var noun = view[t + 1].Text;
                if (lexicon.SpeakerNouns.ContainsKey(noun) || names.RoleWords.Contains(noun))
                {
                    return new Candidate(sentence, t, token.Text + (token.Text.EndsWith("'", StringComparison.Ordinal) ? string.Empty : " ") + noun, null, null, noun);
                }
            }

            return null;
        }

        public Speaker? Resolve(Candidate candidate, int depth = 0)
        {
            var key = (candidate.Sentence, candidate.Token, candidate.Text, candidate.Noun, candidate.Pronoun, candidate.Mention?.Start ?? -1, candidate.Possessor?.Start ?? -1, depth);
            if (!resolved.TryGetValue(key, out var speaker))
            {
                speaker = ResolveOnce(candidate, depth);
                resolved[key] = speaker;
            }

            return speaker;
        }

        private Speaker? ResolveOnce(Candidate candidate, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            if (candidate.Mention != null)
            {
                return new Speaker(candidate.Mention.Entity, candidate.Text, candidate.Mention.Role, "name");
            }

            if (candidate.Pronoun != null)
            {
                return ResolvePronoun(candidate.Pronoun, candidate.Sentence, candidate.Token, false, depth);
            }

            var noun = candidate.Noun!;
            if (names.RoleWords.Contains(noun) && !lexicon.SpeakerNouns.ContainsKey(noun))
            {
                return ResolveRole(candidate, noun);
            }

            switch (lexicon.SpeakerNouns[noun])
            {
                case SpeakerNounKind.Spokesperson:
                    // 'X's lawyer, Jane Doe, said': the person the apposition names; else the organisation.
                    var person = MentionAfter(candidate, m => m.Role != null && IsApposed(candidate, m));
                    if (person != null)
                    {
                        return new Speaker(person.Entity, candidate.Text, person.Role, "name").As(candidate.Text, "role");
                    }

                    var named = candidate.Possessor ?? MentionAfter(candidate, m => true);
                    if (named != null)
                    {
                        return new Speaker(named.Entity, candidate.Text, null, "spokesperson of name").As(candidate.Text, "spokesperson");
                    }

                    // 'un porte-parole du groupe': the organisation the description after it stands for.
                    var organisation = OrganisationNounAfter(candidate);
                    return organisation != null ? ResolveOrganisation(organisation, depth)?.As(candidate.Text, "spokesperson") : ResolveOrganisation(candidate, depth);
                case SpeakerNounKind.Counsel:
                    // 'Orbis's lawyer, Jane Doe, said': the lawyer named; else the lawyers as the text gives them.
                    var lawyer = MentionAfter(candidate, m => m.Kind != EntityKind.Organisation && IsApposed(candidate, m));
                    return lawyer != null ? new Speaker(lawyer.Entity, candidate.Text, lawyer.Role, "name").As(candidate.Text, "counsel") : CounselAsWritten(candidate);
                case SpeakerNounKind.Document:
                    return ResolveDocument(candidate, noun, depth);
                case SpeakerNounKind.Court:
                    var judge = context.RoleHolder(lexicon.DocumentClasses[noun], context.View(candidate.Sentence)[candidate.Token].Start);
                    return judge == null ? null : new Speaker(judge, candidate.Text, null, "court's judge");
                default:
                    return ResolveOrganisation(candidate, depth);
            }
        }

        /// <summary>
        /// A noun phrase that ends right before the verb and names nobody ('Some voters', 'city staff', 'the school's
        /// defenders'), as written: the speaker the text gives when it gives no name.
        /// </summary>
        public Speaker? DescriptionBefore(int sentence, int from, int verbStart)
        {
            var view = context.View(sentence);
            var first = verbStart;
            while (first - 1 >= from && verbStart - first < MaxDescriptionTokens && IsDescriptionToken(view, first - 1))
            {
                first--;
                if (IsPhraseOpener(view[first].Text))
                {
                    break;
                }
            }

            // Past a sentence opener or a conjunction ('But observers say').
            while (first < verbStart && view[first].IsWord && !IsPhraseOpener(view[first].Text) && names.SentenceOpeners.Contains(view[first].Text.ToLowerInvariant()))
            {
                first++;
            }

            return Description(sentence, first, verbStart - 1);
        }

        /// <summary>'..., said the father': the noun phrase after the verb, as written.</summary>
        public Speaker? DescriptionAfter(int sentence, int start, int end)
        {
            var view = context.View(sentence);
            var last = start;
            while (last + 1 < end && last + 1 - start < MaxDescriptionTokens && IsDescriptionToken(view, last + 1) && !IsPhraseOpener(view[last + 1].Text))
            {
                last++;
            }

            return IsDescriptionToken(view, start) ? Description(sentence, start, last) : null;
        }

        private Speaker? Description(int sentence, int first, int last)
        {
            var view = context.View(sentence);
            // A sentence's first word is capitalised as such ('Protesters said'): its head is read in lower case.
            var headWord = last == 0 && view[0].IsWord && context.MentionAt(view[0].Start) == null ? view[0].Text.ToLowerInvariant() : view[last].Text;
            if (last < first || !view[last].IsWord || !IsDescriptionHead(headWord) || lexicon.Pronouns.ContainsKey(view[first].Text))
            {
                return null;
            }

            // A role, a court or a document stands for someone the text names; when it names nobody, nobody speaks.
            var head = view[last].Text;
            if (names.RoleWords.Contains(head) || (lexicon.SpeakerNouns.TryGetValue(head, out var kind) && (kind == SpeakerNounKind.Court || kind == SpeakerNounKind.Document)))
            {
                return null;
            }

            var text = view.Span(first, last);
            return new Speaker(new Entity(text, EntityKind.Unknown, Array.Empty<string>(), Array.Empty<string>()), text, null, "description as written");
        }

        /// <summary>A word of a noun phrase, or its possessive mark: no verb, preposition, conjunction or punctuation.</summary>
        private bool IsDescriptionToken(SentenceView view, int t)
        {
            var token = view[t];
            if (view.Quoted[t])
            {
                return false;
            }

            if (!token.IsWord)
            {
                return token.Text == "'s" || token.Text == "’s" || token.Text == "'" || token.Text == "’" || token.Text == "-";
            }

            var word = token.Text;
            return IsPhraseOpener(word) || !lexicon.Prepositions.Contains(word) && !lexicon.Complementizers.Contains(word) && !names.VerbWords.Contains(word) && !lexicon.Auxiliaries.Contains(word)
                && !lexicon.Negations.Contains(word) && (IsPhraseOpener(word) || char.IsUpper(word[0])
                    || (!IsStopWord(word) && !names.SentenceOpeners.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal)));
        }

        /// <summary>An article or a quantity: where a noun phrase starts.</summary>
        private bool IsPhraseOpener(string word) => lexicon.Determiners.Contains(word) || lexicon.Quantifiers.Contains(word);

        /// <summary>The head noun: a lower-case word that is no adverb, no participle, no function word, and no study or record.</summary>
        private bool IsDescriptionHead(string word) =>
            word.Length > 2 && char.IsLower(word[0]) && !lexicon.IsAdverb(word) && !IsStopWord(word) && !names.VerbWords.Contains(word) && !lexicon.FindingNouns.Contains(word)
            && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && !lexicon.Pronouns.ContainsKey(word)
            && !names.SentenceOpeners.Contains(word) && !IsPhraseOpener(word);

        private bool IsStopWord(string word) => LanguageData.For(lexicon.Code).IsStopWord(word);

        /// <summary>
        /// A pronoun: the speaker or first fitting subject before it in its sentence (unless skipped), then in each
        /// earlier sentence, nearest first. 'he' and 'she' take a person, or a sentence's subject whose name is built
        /// like a person's ('Zorvan Kettle took the floor'), never an object so built ('opposed the Kettle Bay terminal');
        /// a name the text says nothing of is taken as an object only when nothing else is near.
        /// </summary>
        public Speaker? ResolvePronoun(string pronoun, int sentence, int token, bool skipOwnSentence, int depth = 0)
        {
            var fits = FitsPronoun(pronoun);
            if (IsPersonPronoun(pronoun))
            {
                // Last, a bare name the sentence just before makes its subject ('Marsh spoke on Monday. "…," he said').
                return ResolvePronoun(pronoun, sentence, token, skipOwnSentence, depth, e => fits(e) && e.Kind == EntityKind.Person, e => fits(e) && (e.Kind == EntityKind.Person || (e.Kind == EntityKind.Unknown && LooksLikePersonName(e.Name))))
                    ?? ResolvePronoun(pronoun, sentence, token, true, depth, e => false, e => fits(e) && e.Kind == EntityKind.Unknown, 1);
            }

            return ResolvePronoun(pronoun, sentence, token, skipOwnSentence, depth, fits, fits);
        }

        /// <param name="fits">What the pronoun may stand for anywhere in a sentence.</param>
        /// <param name="subjectFits">What it may stand for as the sentence's speaker or first subject.</param>
        private Speaker? ResolvePronoun(string pronoun, int sentence, int token, bool skipOwnSentence, int depth, Func<Entity, bool> fits, Func<Entity, bool> subjectFits, int reach = PronounReach)
        {
            Speaker? In(int s, int to)
            {
                // 'Jones, who met Roe, writes in his book. "…," he writes': who speaks in a sentence comes before its first subject.
                var spoke = s < sentence ? context.SpeakerIn(s) : null;
                if (spoke != null && subjectFits(spoke.Entity))
                {
                    return spoke;
                }

                var subject = FirstSubject(s, 0, Math.Min(to, SubjectReach), false, null, depth + 1);
                return subject != null && subjectFits(subject.Entity) ? subject : FirstSubject(s, 0, to, false, fits, depth + 1);
            }

            var found = skipOwnSentence ? null : In(sentence, token);
            for (var s = sentence - 1; found == null && s >= 0 && s >= sentence - reach; s--)
            {
                found = In(s, int.MaxValue);
            }

            return found?.As(pronoun, "pronoun");
        }

        private bool IsPersonPronoun(string pronoun) => lexicon.Pronouns.TryGetValue(pronoun, out var k) && k.StartsWith("person", StringComparison.Ordinal);

        /// <summary>Two or three capitalised words, each a plain word ('Guenther Schuh'): how a person's name is built.</summary>
        private static bool LooksLikePersonName(string name)
        {
            var words = name.Split(' ');
            return words.Length >= 2 && words.Length <= 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c == '-' || c == '\'' || c == '’'));
        }

        /// <summary>An opening parenthesis before the token is not closed: a credit or an aside, never a subject.</summary>
        private static bool InParentheses(SentenceView view, int t)
        {
            var depth = 0;
            for (var k = t - 1; k >= 0; k--)
            {
                if (view[k].Text == ")")
                {
                    depth++;
                }
                else if (view[k].Text == "(")
                {
                    if (depth == 0)
                    {
                        return true;
                    }

                    depth--;
                }
            }

            return false;
        }

        /// <summary>'elle' is no man, 'he' no organisation, neither is a place, 'it' no person: the pronoun table's kind and gender.</summary>
        private Func<Entity, bool> FitsPronoun(string pronoun)
        {
            var words = (lexicon.Pronouns.TryGetValue(pronoun, out var k) ? k : "any").Split(' ');
            var kind = words[0];
            var opposite = words.Length < 2 ? Gender.Unknown : words[1] == "female" ? Gender.Male : Gender.Female;
            Func<Entity, bool> fitsKind = kind switch
            {
                "person" => e => e.Kind != EntityKind.Organisation && e.Kind != EntityKind.Place,
                "organisation" => e => e.Kind != EntityKind.Person,
                _ => e => e.Kind != EntityKind.Place,
            };
            return e => fitsKind(e) && (opposite == Gender.Unknown || e.Gender != opposite);
        }

        private Speaker? ResolveRole(Candidate candidate, string noun)
        {
            var named = MentionAfter(candidate, m => m.Role != null || m.Kind == EntityKind.Person);
            if (named != null)
            {
                return new Speaker(named.Entity, candidate.Text, named.Role, "name").As(candidate.Text, "role");
            }

            // A bare role noun ('le PDG') is someone this article named with it; 'le PDG de Vocal' may be named in any article.
            var view = context.View(candidate.Sentence);
            var holder = context.RoleHolder(noun, view[candidate.Token].Start) ?? index.Lookup(RolePhrase(candidate));
            return holder == null ? null : new Speaker(holder, candidate.Text, null, "role holder");
        }

        private Speaker? ResolveOrganisation(Candidate candidate, int depth)
        {
            Func<Entity, bool> organisation = e => e.Kind != EntityKind.Person;
            var own = FirstSubject(candidate.Sentence, 0, candidate.Token, false, organisation, depth + 1);
            if (own != null)
            {
                return own.As(candidate.Text, "description");
            }

            for (var s = candidate.Sentence - 1; s >= 0 && s >= candidate.Sentence - OrganisationReach; s--)
            {
                var found = FirstSubject(s, 0, int.MaxValue, false, organisation, depth + 1);
                if (found != null)
                {
                    return found.As(candidate.Text, "description");
                }
            }

            return null;
        }

        /// <summary>
        /// 'a statement from Orbis', 'une lettre de X': the author named after it; else 'le procès', 'the complaint':
        /// the subject of the last earlier sentence naming a document of the same class ('a lawsuit').
        /// </summary>
        private Speaker? ResolveDocument(Candidate candidate, string noun, int depth)
        {
            var view = context.View(candidate.Sentence);
            var link = candidate.NounToken + 1;
            if (link + 1 < view.Count && (names.IsOfWord(view[link].Text) || lexicon.AuthorLinks.Contains(view[link].Text)))
            {
                var author = context.MentionAt(view[lexicon.Determiners.Contains(view[link + 1].Text) && link + 2 < view.Count ? link + 2 : link + 1].Start);
                if (author != null)
                {
                    return new Speaker(author.Entity, candidate.Text, author.Role, "document's author");
                }
            }

            var documentClass = lexicon.DocumentClasses.TryGetValue(noun, out var c) ? c : noun;
            for (var s = candidate.Sentence - 1; s >= 0 && s >= candidate.Sentence - DocumentReach; s--)
            {
                var earlier = context.View(s);
                for (var t = 0; t < earlier.Count; t++)
                {
                    if (!earlier.Quoted[t] && earlier[t].IsWord && lexicon.DocumentClasses.TryGetValue(earlier[t].Text, out var other) && other == documentClass)
                    {
                        var found = FirstSubjectSkipping(s, depth);
                        if (found != null)
                        {
                            return found.As(candidate.Text, "document");
                        }
                    }
                }
            }

            return ResolveOrganisation(candidate, depth);
        }

        /// <summary>'Orbis's lawyers', 'les avocats de la société': the noun with the 'de'/'of' phrase naming the client, as written.</summary>
        private Speaker CounselAsWritten(Candidate candidate)
        {
            var view = context.View(candidate.Sentence);
            var last = candidate.NounToken;
            if (last + 2 < view.Count && view[last + 1].IsWord && (names.IsOfWord(view[last + 1].Text) || lexicon.AuthorLinks.Contains(view[last + 1].Text)))
            {
                var t = last + 2;
                while (t < view.Count && t - last <= MaxDescriptionTokens && !view.Quoted[t] && view[t].IsWord && !lexicon.VerbForms.ContainsKey(view[t].Text)
                    && !lexicon.Auxiliaries.Contains(view[t].Text) && !lexicon.Complementizers.Contains(view[t].Text) && (t == last + 2 || !lexicon.Prepositions.Contains(view[t].Text) || names.IsOfWord(view[t].Text)))
                {
                    t++;
                }

                last = t - 1 > last + 1 ? t - 1 : last;
            }

            var start = candidate.Mention?.Start ?? candidate.Possessor?.Start ?? view[candidate.Token].Start;
            var text = context.Document.Text.Substring(start, view[last].End - start);
            return new Speaker(new Entity(text, EntityKind.Unknown, Array.Empty<string>(), Array.Empty<string>()), text, null, "counsel as written");
        }

        /// <summary>The first subject of a sentence that is not itself a document.</summary>
        private Speaker? FirstSubjectSkipping(int sentence, int depth)
        {
            var view = context.View(sentence);
            for (var t = 0; t < view.Count; t++)
            {
                var candidate = CandidateAt(sentence, t);
                if (candidate == null || IsGoverned(view, candidate) || IsDocument(candidate))
                {
                    continue;
                }

                var speaker = Resolve(candidate, depth + 1);
                if (speaker != null)
                {
                    return speaker;
                }
            }

            return null;
        }

        /// <summary>'PDG de Vocal' from 'le PDG de Vocal': the noun and the name its 'de' phrase gives.</summary>
        private string RolePhrase(Candidate candidate)
        {
            var view = context.View(candidate.Sentence);
            var t = candidate.NounToken + 1;
            while (t < view.Count && t <= candidate.NounToken + 3 && view[t].IsWord && context.MentionAt(view[t].Start) == null)
            {
                t++;
            }

            var mention = t < view.Count ? context.MentionAt(view[t].Start) : null;
            var start = view[candidate.NounToken].Start;
            return mention == null ? view[candidate.NounToken].Text : context.Document.Text.Substring(start, mention.End - start);
        }

        /// <summary>
        /// The first name in the few words after a description ('un porte-parole d'OCS', 'le PDG de X, Jean Y'),
        /// through 'de'/'of' phrases only: 'un porte-parole auprès de l'AFP' does not speak for the AFP.
        /// </summary>
        private EntityMention? MentionAfter(Candidate candidate, Func<EntityMention, bool> accept)
        {
            var view = context.View(candidate.Sentence);
            for (var t = candidate.NounToken + 1; t < view.Count && t <= candidate.NounToken + DescriptionSpan; t++)
            {
                if (view.Quoted[t] || view.IsPunctuation(t, ".;:!?") || (view[t].IsWord && lexicon.Prepositions.Contains(view[t].Text) && !names.IsOfWord(view[t].Text)))
                {
                    return null;
                }

                var mention = context.MentionAt(view[t].Start);
                if (mention != null && accept(mention))
                {
                    return mention;
                }
            }

            return null;
        }

        private bool IsDocument(Candidate candidate) =>
            candidate.Noun != null && lexicon.SpeakerNouns.TryGetValue(candidate.Noun, out var kind) && kind == SpeakerNounKind.Document;

        /// <summary>
        /// A preposition right before the phrase (its article, title or role skipped) makes it a complement;
        /// a source cue does not ('selon X', 'Pour X, ...': X is who speaks).
        /// </summary>
        private bool IsGoverned(SentenceView view, Candidate candidate, bool sourceCueGoverns = false)
        {
            var t = candidate.Token - 1;
            if (candidate.Mention != null)
            {
                while (t >= 0 && (view[t].Text == "." || names.Titles.Contains(view[t].Text) || lexicon.Determiners.Contains(view[t].Text)))
                {
                    t--;
                }
            }

            return t >= 0 && view[t].IsWord && lexicon.Prepositions.Contains(view[t].Text) && (sourceCueGoverns || !IsSourceCue(view, t));
        }

        private bool IsSourceCue(SentenceView view, int t)
        {
            foreach (var words in lexicon.SourceCues)
            {
                if (view.Matches(t - words.Length + 1, words))
                {
                    return true;
                }
            }

            foreach (var words in lexicon.OpeningSourceCues)
            {
                if (t == words.Length - 1 && view.Matches(0, words))
                {
                    return true;
                }
            }

            return false;
        }

        private Candidate? OrganisationNounAfter(Candidate candidate)
        {
            var view = context.View(candidate.Sentence);
            for (var t = candidate.NounToken + 1; t < view.Count && t <= candidate.NounToken + 3 && view[t].IsWord; t++)
            {
                if (lexicon.SpeakerNouns.TryGetValue(view[t].Text, out var kind) && kind == SpeakerNounKind.Organisation)
                {
                    return new Candidate(candidate.Sentence, t - 1, view[t].Text, null, null, view[t].Text);
                }

                if (!names.IsOfWord(view[t].Text) && !lexicon.Determiners.Contains(view[t].Text))
                {
                    return null;
                }
            }

            return null;
        }

        private bool IsApposed(Candidate candidate, EntityMention mention)
        {
            var view = context.View(candidate.Sentence);
            var at = view.TokenAt(mention.Start);
            return at > 0 && view[at - 1].Text == ",";
        }

        private bool IsRolePremodifier(SentenceView view, EntityMention mention)
        {
            var next = view.TokenAt(mention.End);
            if (next < view.Count && names.Titles.Contains(view[next].Text))
            {
                // 'Varland Sen. Jane Roe', 'Varland Gov. Mark Hale': the place qualifies the title of the name after it.
                var name = next + (next + 1 < view.Count && view[next + 1].Text == "." ? 2 : 1);
                return name < view.Count && context.MentionAt(view[name].Start) != null;
            }

            if (next >= view.Count || !names.RoleWords.Contains(view[next].Text))
            {
                return mention.Kind != EntityKind.Person && IsNounPremodifier(view, next);
            }

            for (var t = next + 1; t < view.Count && t <= next + 3; t++)
            {
                var following = context.MentionAt(view[t].Start);
                if (following != null)
                {
                    return following.Role != null;
                }
            }

            return false;
        }

        /// <summary>'Lyon cartoonist Paul Martin': a name no person's, a noun or two, then a person's name they describe.</summary>
        private bool IsNounPremodifier(SentenceView view, int next)
        {
            for (var t = next; t < view.Count && t <= next + 2; t++)
            {
                var token = view[t];
                if (t > next && context.MentionAt(token.Start) is EntityMention following)
                {
                    return following.Kind == EntityKind.Person || (following.Kind == EntityKind.Unknown && LooksLikePersonName(following.Name));
                }

                if (view.Quoted[t] || !token.IsWord || token.Text.Length < 3 || !char.IsLower(token.Text[0]) || !IsDescriptionHead(token.Text) || lexicon.VerbForms.ContainsKey(token.Text)
                    || lexicon.FiniteVerbs.Contains(token.Text) || lexicon.Auxiliaries.Contains(token.Text) || lexicon.Prepositions.Contains(token.Text) || token.Text.EndsWith("s", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsPossessive(SentenceView view, EntityMention mention)
        {
            var after = view.TokenAt(mention.End);
            return after < view.Count && view[after].Text == "'s";
        }

        /// <summary>The name with its title as written ('M. Dupont').</summary>
        private string PhraseText(SentenceView view, int t, EntityMention mention)
        {
            var start = mention.Start;
            if (t >= 2 && view[t - 1].Text == "." && names.Titles.Contains(view[t - 2].Text))
            {
                start = view[t - 2].Start;
            }
            else if (t >= 1 && names.Titles.Contains(view[t - 1].Text))
            {
                start = view[t - 1].Start;
            }

            return context.Document.Text.Substring(start, mention.End - start);
        }
    }
}
