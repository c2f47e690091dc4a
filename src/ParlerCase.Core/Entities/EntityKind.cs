namespace ParlerCase.Core.Entities
{
    public enum EntityKind
    {
        /// <summary>Named, but the text says nothing of what it is.</summary>
        Unknown,
        Person,
        Organisation,
    }
}
