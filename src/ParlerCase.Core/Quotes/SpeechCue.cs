namespace ParlerCase.Core.Quotes
{
    /// <summary>A speech verb group in a sentence ('n'a pas déclaré', 'a-t-il ajouté', 'said'), by token index.</summary>
    internal sealed class SpeechCue
    {
        public SpeechCue(int groupStart, int verbEnd, string text)
        {
            GroupStart = groupStart;
            VerbEnd = verbEnd;
            Text = text;
        }

        /// <summary>First token of the group (auxiliary, negation or the verb).</summary>
        public int GroupStart { get; }

        /// <summary>Last token of the verb.</summary>
        public int VerbEnd { get; }

        /// <summary>The group as written ('a déclaré').</summary>
        public string Text { get; }

        public bool Negated { get; set; }

        /// <summary>'a été annoncé', 'was told', 'is said': the grammatical subject is not the speaker.</summary>
        public bool Passive { get; set; }

        /// <summary>A present participle ('déclarant', 'saying'): its subject is the main clause's.</summary>
        public bool Participle { get; set; }

        /// <summary>The pronoun of an inversion ('a-t-il déclaré', 'ajoute-t-elle'), or null.</summary>
        public string? InvertedPronoun { get; set; }

        public ComplementKind Complement { get; set; }

        /// <summary>First token of the reported clause ('que', the infinitive), or -1.</summary>
        public int ComplementStart { get; set; } = -1;

        /// <summary>Tokens of a subject written after the verb ('a ajouté M. Dupont', 'said the company'), or -1.</summary>
        public int PostSubjectStart { get; set; } = -1;

        public int PostSubjectEnd { get; set; } = -1;
    }
}
