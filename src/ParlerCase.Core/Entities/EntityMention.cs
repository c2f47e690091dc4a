namespace ParlerCase.Core.Entities
{
    /// <summary>One place where a document names an entity.</summary>
    public sealed class EntityMention
    {
        internal EntityMention(int start, string text, Entity entity, string? role, string rule)
        {
            Start = start;
            Text = text;
            Entity = entity;
            Role = role;
            Rule = rule;
        }

        /// <summary>Offset of the name (title excluded) in <see cref="Documents.Document.Text"/>.</summary>
        public int Start { get; }

        public int Length => Text.Length;

        public int End => Start + Text.Length;

        /// <summary>The name as written here ('Dupont', 'OCS').</summary>
        public string Text { get; }

        public Entity Entity { get; }

        /// <summary>The canonical name ('Jean Dupont', 'Orbis Cloud Services').</summary>
        public string Name => Entity.Name;

        public EntityKind Kind => Entity.Kind;

        /// <summary>The role this mention gives ('PDG de Vocal'), or null.</summary>
        public string? Role { get; }

        /// <summary>How the name was recognised and what told its kind (e.g. 'title+name', 'role-apposition').</summary>
        public string Rule { get; }

        public override string ToString() => Text == Name ? Name : $"{Text} → {Name}";
    }
}
