using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Entities
{
    /// <summary>
    /// Finds names in sentences: runs of capitalised words (joined by 'and'/'of' inside a longer name),
    /// without honorifics, role nouns, function words, or a sentence's first word when the corpus writes that
    /// word in lower case elsewhere. Reads what the context says of each name: a title ('M. Dupont'), a role
    /// ('le PDG de Vocal, Jean Dupont', 'Jane Doe, porte-parole de X,', 'Vocal CEO Jean Dupont'), an acronym
    /// in parentheses ('Orbis Cloud Services (OCS)', 'OCS (Orbis Cloud Services)'), a legal form ('Twitter Inc').
    /// </summary>
    internal sealed class NameFinder
    {
        private const int MaxRoleWords = 10;
        private readonly EntityLexicon lexicon = EntityLexicon.Instance;
        private readonly Vocabulary vocabulary;
        private IReadOnlyList<string> verbEndings = new string[0];
        private string language = LanguageData.French;

        public NameFinder(Vocabulary vocabulary)
        {
            this.vocabulary = vocabulary;
        }

        public IEnumerable<NameOccurrence> Find(TokenizedDocument tokenized)
        {
            var document = tokenized.Document;
            language = document.Language;
            verbEndings = lexicon.NonNameEndings.TryGetValue(document.Language, out var endings) ? endings : lexicon.NonNameEndings[LanguageData.English];
            foreach (var tokens in tokenized.Sentences)
            {
                foreach (var occurrence in Find(document.Text, tokens))
                {
                    yield return occurrence;
                }
            }
        }

        private IEnumerable<NameOccurrence> Find(string text, IReadOnlyList<Token> tokens)
        {
            var i = DatelineEnd(text, tokens);
            while (i < tokens.Count)
            {
                if (!IsNameWord(tokens, i))
                {
                    i++;
                    continue;
                }

                var end = DefinitionEnd(tokens, i) ?? RunEnd(tokens, i);
                if (end - i >= 2 && IsAcronym(tokens[i].Text) && !IsAcronym(tokens[i + 1].Text) && IsPersonContext(text, tokens, i + 1, end))
                {
                    // 'à l'AFP Claire Morel, présidente de X': a person's name does not start with an acronym.
                    i++;
                }

                var last = end;
                var legalForm = false;
                while (last > i && lexicon.OrganisationSuffixes.Contains(tokens[last].Text))
                {
                    last--;
                    legalForm = true;
                }

                var occurrence = new NameOccurrence(tokens[i].Start, tokens[last].End, text.Substring(tokens[i].Start, tokens[last].End - tokens[i].Start))
                {
                    HasLegalForm = legalForm,
                    WordCount = CountWords(tokens, i, last),
                    HasTitle = HasTitleBefore(tokens, i),
                    IsPlaced = IsPlaced(tokens, i, last),
                };
                var role = RoleBefore(tokens, i) ?? RoleAppositionBefore(tokens, i) ?? RoleAppositionAfter(tokens, end);
                if (role != null)
                {
                    occurrence.Role = Span(text, tokens, role.Value.First, role.Value.Last);
                }

                occurrence.Gender = GenderOf(tokens, i, role);
                if (occurrence.WordCount >= 2 && lexicon.FirstNames.TryGetValue(tokens[i].Text, out var given))
                {
                    occurrence.HasGivenName = true;
                    if (occurrence.Gender == Gender.Unknown)
                    {
                        occurrence.Gender = given;
                    }
                }

                ReadParentheses(text, tokens, i, last, end, occurrence);
                i = end + 1;

                // 'Canadian', 'Européens': a word for a group of people is no one's name.
                if (occurrence.WordCount == 1 && lexicon.GroupWords.Contains(occurrence.Text))
                {
                    continue;
                }

                yield return occurrence;
            }
        }

        /// <summary>
        /// 'Banque centrale européenne (BCE)': a definition may hold lower-case words; it ends before '(' ACRONYM ')'
        /// when the acronym's letters are the initials of its words.
        /// </summary>
        private int? DefinitionEnd(IReadOnlyList<Token> tokens, int start)
        {
            for (var k = start + 1; k < tokens.Count && k <= start + 8 && tokens[k].IsWord; k++)
            {
                if (k + 3 < tokens.Count && tokens[k + 1].Text == "(" && tokens[k + 3].Text == ")" && IsAcronym(tokens[k + 2].Text)
                    && InitialsMatch(tokens[k + 2].Text, tokens, start, k))
                {
                    return k;
                }
            }

            return null;
        }

        private bool IsPersonContext(string text, IReadOnlyList<Token> tokens, int start, int end) =>
            RoleAppositionAfter(tokens, end) != null || RoleAppositionBefore(tokens, start) != null;

        /// <summary>The first token of a sentence after the dateline that may open it (0 when there is none).</summary>
        private static int DatelineEnd(string text, IReadOnlyList<Token> tokens)
        {
            var end = tokens.Count == 0 ? 0 : tokens[0].Start + Dateline.Length(text, tokens[0].Start);
            var k = 0;
            while (k < tokens.Count && tokens[k].Start < end)
            {
                k++;
            }

            return k;
        }

        /// <summary>The run's last token: capitalised words, initials, and joining words ('of' at once, 'and' inside a longer name).</summary>
        private int RunEnd(IReadOnlyList<Token> tokens, int start)
        {
            var j = start;
            while (j + 1 < tokens.Count)
            {
                if (IsNameWord(tokens, j + 1))
                {
                    j++;
                }
                else if (IsParticle(tokens[j + 1]) && j + 2 < tokens.Count && IsNameWord(tokens, j + 2))
                {
                    // 'Yann Le Goff', 'Pierre De Vos'.
                    j += 2;
                }
                else if (j == start && lexicon.FirstNames.ContainsKey(tokens[j].Text) && SurnameAfterParticles(tokens, j + 1) is int surname)
                {
                    // 'Ann de Villiers', 'Kurt van der Berg': after a given name, never after a longer name ('Jane Roe du CNRS').
                    j = surname;
                }
                else if (tokens[j + 1].Text == "." && IsInitial(tokens[j]) && j + 2 < tokens.Count && IsNameWord(tokens, j + 2))
                {
                    j += 2;
                }
                else if ((j > start || IsOf(tokens[j + 1].Text)) && lexicon.Connectors.Contains(tokens[j + 1].Text) && j + 2 < tokens.Count && IsNameWord(tokens, j + 2))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        /// <summary>The surname's token past one or two lower-case particles from k ('de', 'van der'), or null.</summary>
        private int? SurnameAfterParticles(IReadOnlyList<Token> tokens, int k)
        {
            for (var n = k; n < tokens.Count && n <= k + 1 && lexicon.Particles.Contains(tokens[n].Text); n++)
            {
                if (n + 1 < tokens.Count && IsNameWord(tokens, n + 1))
                {
                    return n + 1;
                }
            }

            return null;
        }

        private bool IsNameWord(IReadOnlyList<Token> tokens, int i)
        {
            var token = tokens[i];
            if (!token.IsCapitalised || token.Text.EndsWith("'", System.StringComparison.Ordinal))
            {
                return false;
            }

            if (token.Text.Length == 1 && !(i + 1 < tokens.Count && tokens[i + 1].Text == "."))
            {
                return false;
            }

            // 'Ms. May', 'Mr. Friday': a title makes a name of a word that is otherwise a month or a day.
            if (IsTitle(tokens, i) || IsRoleWord(token.Text) || (lexicon.NonNames.Contains(token.Text) && !HasTitleBefore(tokens, i)) || IsStopWord(token.Text))
            {
                return false;
            }

            return !IsSentenceInitial(tokens, i) || IsNameAtSentenceStart(tokens, i);
        }

        /// <summary>
        /// Every sentence's first word is capitalised, so there it is a name only when the corpus also capitalises
        /// it inside sentences, or it is not a known opener nor written in lower case elsewhere and either looks
        /// like a name of its own ('Nimbus', 'NPR') or starts a longer one ('Claire Martin a dit').
        /// </summary>
        private bool IsNameAtSentenceStart(IReadOnlyList<Token> tokens, int i)
        {
            var word = tokens[i].Text;
            if (lexicon.SentenceOpeners.Contains(word.ToLowerInvariant()))
            {
                return false;
            }

            if (vocabulary.IsCapitalisedInside(word))
            {
                return true;
            }

            if (vocabulary.IsCommonWord(word))
            {
                return false;
            }

            if (word.Skip(1).Any(char.IsUpper) || (i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && !IsStopWord(tokens[i + 1].Text)))
            {
                return true;
            }

            // 'Rival candidate Jane Roe', 'Lyon cartoonist Paul Martin': a word that qualifies the description of a name.
            if (DescribesNameAfter(tokens, i))
            {
                return false;
            }

            // A word seen nowhere else: a name unless it is built like a verb form or an adverb ('Répondant', 'Lancé').
            return word.Length > 2 && !verbEndings.Any(e => word.EndsWith(e, System.StringComparison.Ordinal));
        }

        /// <summary>One to three lower-case nouns follow the word, then a name of two words or a title ('Rival candidate Jane Roe').</summary>
        private bool DescribesNameAfter(IReadOnlyList<Token> tokens, int i)
        {
            var k = i + 1;
            while (k < tokens.Count && k <= i + 3 && IsDescriptiveNoun(tokens[k]))
            {
                k++;
            }

            if (k == i + 1 || k >= tokens.Count || !tokens[k].IsCapitalised)
            {
                return false;
            }

            return IsTitle(tokens, k) || (k + 1 < tokens.Count && tokens[k + 1].IsCapitalised && !IsStopWord(tokens[k + 1].Text));
        }

        /// <summary>A lower-case word that may head or qualify a description: not a function word, a verb form or an adverb.</summary>
        private bool IsDescriptiveNoun(Token token)
        {
            var word = token.Text;
            return token.IsWord && word.Length > 2 && char.IsLower(word[0]) && !IsStopWord(word) && !lexicon.VerbWords.Contains(word)
                && !word.EndsWith("ed", System.StringComparison.Ordinal) && !word.EndsWith("ly", System.StringComparison.Ordinal) && word.IndexOf('\'') < 0;
        }

        /// <summary>'in Halton', 'across the United Kingdom', 'dans le Var'; not 'in Roe's view'.</summary>
        private bool IsPlaced(IReadOnlyList<Token> tokens, int start, int last)
        {
            var before = start >= 2 && lexicon.Determiners.Contains(tokens[start - 1].Text) ? start - 2 : start - 1;
            return before >= 0 && lexicon.PlacePrepositions.Contains(tokens[before].Text) && !(last + 1 < tokens.Count && tokens[last + 1].Text == "'s");
        }

        private bool IsTitle(IReadOnlyList<Token> tokens, int i) =>
            lexicon.Titles.Contains(tokens[i].Text) && i + 1 < tokens.Count && (tokens[i + 1].Text == "." || tokens[i + 1].IsCapitalised);

        private bool HasTitleBefore(IReadOnlyList<Token> tokens, int start) =>
            (start >= 1 && IsTitle(tokens, start - 1)) || (start >= 2 && tokens[start - 1].Text == "." && IsTitle(tokens, start - 2));

        /// <summary>'La juge de district Claire Martin', 'Vocal CEO Jean Dupont', 'Judge Jane Doe'.</summary>
        private (int First, int Last)? RoleBefore(IReadOnlyList<Token> tokens, int start)
        {
            // 'le PDG de Vocal': the name after 'de' is the role's organisation, not its holder.
            if (start == 0 || IsOf(tokens[start - 1].Text))
            {
                return null;
            }

            // English puts the role right before the name ('Judge Jane Doe'); French may qualify it ('la juge de district américaine X').
            var reach = language == LanguageData.English ? 1 : 5;
            for (var k = start - 1; k >= 0 && k >= start - reach; k--)
            {
                var token = tokens[k];
                if (!token.IsWord || lexicon.Determiners.Contains(token.Text))
                {
                    return null;
                }

                if (IsRoleWord(token.Text))
                {
                    var first = k;
                    while (first > 0 && tokens[first - 1].IsCapitalised && !lexicon.Determiners.Contains(tokens[first - 1].Text) && !IsSentenceInitialCommon(tokens, first - 1))
                    {
                        first--;
                    }

                    return (first, start - 1);
                }

                if (IsStopWord(token.Text) && !IsOf(token.Text))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>'le PDG de Vocal, Jean Dupont' and 'Vocal's chief executive, Jean Dupont'.</summary>
        private (int First, int Last)? RoleAppositionBefore(IReadOnlyList<Token> tokens, int start)
        {
            if (start < 2 || tokens[start - 1].Text != ",")
            {
                return null;
            }

            var k = start - 2;
            var stop = System.Math.Max(0, start - 1 - MaxRoleWords);
            // Back to the phrase's article; an article after 'de' ('ministre de l'Économie') stays inside.
            while (k > stop && tokens[k - 1].IsWord
                && (IsOf(tokens[k - 1].Text) || (!lexicon.Determiners.Contains(tokens[k - 1].Text) && !IsStopWord(tokens[k - 1].Text)) || (k >= 2 && IsOf(tokens[k - 2].Text))))
            {
                k--;
            }

            var opensPhrase = k == 0 || !tokens[k - 1].IsWord || lexicon.Determiners.Contains(tokens[k - 1].Text);
            return opensPhrase && HasRoleNear(tokens, k, start - 2) ? (k, start - 2) : ((int, int)?)null;
        }

        /// <summary>'Amy Doe, responsable des politiques de X, a dit' and 'Jane Doe, a spokeswoman for X, said'.</summary>
        private (int First, int Last)? RoleAppositionAfter(IReadOnlyList<Token> tokens, int end)
        {
            if (end + 2 >= tokens.Count || tokens[end + 1].Text != ",")
            {
                return null;
            }

            var first = end + 2;
            if (lexicon.Determiners.Contains(tokens[first].Text))
            {
                first++;
            }

            var k = first;
            while (k < tokens.Count && k - first < MaxRoleWords && tokens[k].IsWord && (IsRoleLink(tokens[k].Text) || !IsStopWord(tokens[k].Text)))
            {
                k++;
            }

            var closes = k == tokens.Count || tokens[k].Text == "," || tokens[k].Text == ".";
            return closes && k > first && HasRoleNear(tokens, first, k - 1) ? (first, k - 1) : ((int, int)?)null;
        }

        /// <summary>What the title ('Mme'), the role noun ('présidente') or the role's article ('la juge') says of a person's gender.</summary>
        private Gender GenderOf(IReadOnlyList<Token> tokens, int start, (int First, int Last)? role)
        {
            var title = start >= 2 && tokens[start - 1].Text == "." ? start - 2 : start - 1;
            if (title >= 0 && IsTitle(tokens, title) && lexicon.Genders.TryGetValue(tokens[title].Text, out var gender))
            {
                return gender;
            }

            if (role == null)
            {
                return Gender.Unknown;
            }

            for (var k = role.Value.First; k <= role.Value.Last; k++)
            {
                if (IsRoleWord(tokens[k].Text) && lexicon.Genders.TryGetValue(tokens[k].Text, out gender))
                {
                    return gender;
                }
            }

            var article = role.Value.First - 1;
            return article >= 0 && lexicon.Determiners.Contains(tokens[article].Text) && lexicon.Genders.TryGetValue(tokens[article].Text, out gender) ? gender : Gender.Unknown;
        }

        private bool HasRoleNear(IReadOnlyList<Token> tokens, int first, int last)
        {
            for (var k = first; k <= last && k < first + 4; k++)
            {
                if (IsRoleWord(tokens[k].Text) || StartsRolePhrase(tokens, k))
                {
                    return true;
                }
            }

            return false;
        }

        private void ReadParentheses(string text, IReadOnlyList<Token> tokens, int start, int last, int end, NameOccurrence occurrence)
        {
            if (end + 3 >= tokens.Count || tokens[end + 1].Text != "(")
            {
                return;
            }

            var close = end + 2;
            while (close < tokens.Count && close < end + 12 && tokens[close].Text != ")")
            {
                close++;
            }

            if (close >= tokens.Count || tokens[close].Text != ")")
            {
                return;
            }

            if (close == end + 3 && IsAcronym(tokens[end + 2].Text) && InitialsMatch(tokens[end + 2].Text, tokens, start, last))
            {
                occurrence.Acronym = tokens[end + 2].Text;
            }
            else if (start == last && IsAcronym(tokens[start].Text) && InitialsMatch(tokens[start].Text, tokens, end + 2, close - 1))
            {
                occurrence.Definition = Span(text, tokens, end + 2, close - 1);
            }
        }

        /// <summary>The acronym's letters are the initials of the name's words, in order or (translated) not.</summary>
        private bool InitialsMatch(string acronym, IReadOnlyList<Token> tokens, int first, int last)
        {
            var initials = new List<char>();
            for (var k = first; k <= last; k++)
            {
                if (tokens[k].IsWord && !lexicon.Connectors.Contains(tokens[k].Text) && !IsStopWord(tokens[k].Text) && !tokens[k].Text.EndsWith("'", System.StringComparison.Ordinal))
                {
                    initials.Add(char.ToUpperInvariant(tokens[k].Text[0]));
                }
            }

            return initials.Count == acronym.Length && initials.OrderBy(c => c).SequenceEqual(acronym.OrderBy(c => c));
        }

        private static bool IsAcronym(string word) => word.Length >= 2 && word.Length <= 6 && word.All(char.IsUpper);

        private bool IsRoleWord(string word) => lexicon.RoleWords.Contains(word);

        private bool StartsRolePhrase(IReadOnlyList<Token> tokens, int k)
        {
            foreach (var phrase in lexicon.RolePhrases)
            {
                var n = 0;
                while (n < phrase.Length && k + n < tokens.Count && tokens[k + n].Is(phrase[n]))
                {
                    n++;
                }

                if (n == phrase.Length)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsStopWord(string word) =>
            LanguageData.For(LanguageData.French).IsStopWord(word) || LanguageData.For(LanguageData.English).IsStopWord(word);

        /// <summary>Words that may link a role noun to its complement ('porte-parole de la mairie', 'spokeswoman for the city').</summary>
        private bool IsRoleLink(string word) => IsOf(word) || lexicon.Determiners.Contains(word) || lexicon.RoleLinks.Contains(word);

        private static bool IsOf(string word) => word == "de" || word == "d'" || word == "du" || word == "des" || word == "of" || word == "'s";

        /// <summary>A capitalised function word inside a name ('Le', 'De', 'Van').</summary>
        private static bool IsParticle(Token token) => token.IsCapitalised && token.Text.Length <= 3 && IsStopWord(token.Text);

        private static bool IsInitial(Token token) => token.Text.Length == 1 && char.IsUpper(token.Text[0]);

        private bool IsSentenceInitialCommon(IReadOnlyList<Token> tokens, int i) => IsSentenceInitial(tokens, i) && !IsNameAtSentenceStart(tokens, i);

        /// <summary>First word of the sentence, or first after an opening mark, a colon or a dash.</summary>
        private bool IsSentenceInitial(IReadOnlyList<Token> tokens, int i)
        {
            if (i == 0)
            {
                return true;
            }

            var previous = tokens[i - 1];
            if (previous.IsWord || previous.Text == "," || previous.Text == "(" || previous.Text == "'")
            {
                return false;
            }

            // 'M. Girard': the period of an honorific or an initial does not open a sentence.
            return !(previous.Text == "." && i >= 2 && (lexicon.Titles.Contains(tokens[i - 2].Text) || IsInitial(tokens[i - 2])));
        }

        private static int CountWords(IReadOnlyList<Token> tokens, int first, int last) => Enumerable.Range(first, last - first + 1).Count(k => tokens[k].IsWord);

        private static string Span(string text, IReadOnlyList<Token> tokens, int first, int last) =>
            text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
    }
}
