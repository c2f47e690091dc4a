namespace ParlerCase.Core.Entities
{
    public enum EntityKind
    {
        /// <summary>Named, but the text says nothing of what it is.</summary>
        Unknown,
        Person,
        Organisation,

        /// <summary>Written after 'in', 'across', 'en', 'dans' ('in Halton') and never as a person: a place or a body.</summary>
        Place,
    }
}
