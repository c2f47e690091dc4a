namespace ParlerCase.Core.Metadata
{
    /// <summary>A metadata value with where it came from and the text it was read from.</summary>
    public sealed class Sourced<T>
    {
        public static readonly Sourced<T> None = new Sourced<T>(default!, MetadataOrigin.None, null);

        public Sourced(T value, MetadataOrigin origin, string? evidence)
        {
            Value = value;
            Origin = origin;
            Evidence = evidence;
        }

        public T Value { get; }

        public MetadataOrigin Origin { get; }

        /// <summary>The text the value was read from (a header line, a byline, a meta tag), when there is one.</summary>
        public string? Evidence { get; }

        public bool HasValue => Origin != MetadataOrigin.None;

        /// <summary>This value when it has one, else the other.</summary>
        public Sourced<T> Or(Sourced<T> other) => HasValue ? this : other;
    }
}
