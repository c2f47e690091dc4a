using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Quotes
{
    /// <summary>A noun phrase that may be a speaker: a name, a pronoun, or a description ('le PDG', 'la lettre').</summary>
    internal sealed class Candidate
    {
        public Candidate(int sentence, int token, string text, EntityMention? mention, string? pronoun, string? noun, EntityMention? possessor = null)
        {
            Possessor = possessor;
            Sentence = sentence;
            Token = token;
            Text = text;
            Mention = mention;
            Pronoun = pronoun;
            Noun = noun;
        }

        /// <summary>Index of the sentence in the document.</summary>
        public int Sentence { get; }

        /// <summary>Index of its first token in the sentence.</summary>
        public int Token { get; }

        /// <summary>As written ('M. Dupont', 'il', 'la lettre').</summary>
        public string Text { get; }

        public EntityMention? Mention { get; }

        public string? Pronoun { get; }

        /// <summary>The head noun of a description: a role ('PDG') or a speaker noun ('entreprise').</summary>
        public string? Noun { get; }

        /// <summary>The name that owns a description ('Veltra' in 'Veltra's lawyers').</summary>
        public EntityMention? Possessor { get; }

        /// <summary>Index of the noun token, for a description.</summary>
        public int NounToken => Token + 1;
    }
}
