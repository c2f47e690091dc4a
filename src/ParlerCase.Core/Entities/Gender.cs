namespace ParlerCase.Core.Entities
{
    /// <summary>A person's grammatical gender as a title or role gives it: what 'elle' or 'he' may refer to.</summary>
    public enum Gender
    {
        Unknown,
        Female,
        Male,
    }
}
