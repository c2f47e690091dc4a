namespace ParlerCase.Core.Quotes
{
    /// <summary>How a marked quote was attributed: the cue found, the speaker, the rule, a confidence.</summary>
    internal readonly struct Attribution
    {
        public Attribution(SpeechCue? cue, Speaker? speaker, string rule, double confidence, string? cueText = null)
        {
            Cue = cue;
            Speaker = speaker;
            Rule = rule;
            Confidence = confidence;
            CueText = cueText ?? cue?.Text ?? string.Empty;
        }

        public SpeechCue? Cue { get; }

        public Speaker? Speaker { get; }

        public string Rule { get; }

        public double Confidence { get; }

        /// <summary>The cue as written: the verb group, or 'selon'.</summary>
        public string CueText { get; }
    }
}
