namespace ParlerCase.Core.Events
{
    /// <summary>A person or organisation named in a document, under its canonical name ('OCS' → 'Orbis Cloud Services').</summary>
    public sealed class Actor
    {
        public Actor(int start, int end, string name)
        {
            Start = start;
            End = end;
            Name = name;
        }

        /// <summary>Offset of the name as written in the document text.</summary>
        public int Start { get; }

        public int End { get; }

        /// <summary>The canonical name.</summary>
        public string Name { get; }

        public override string ToString() => Name;
    }
}
