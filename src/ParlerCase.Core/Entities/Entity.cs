using System.Collections.Generic;

namespace ParlerCase.Core.Entities
{
    /// <summary>A person or organisation named in the corpus, under its canonical (fullest) name.</summary>
    public sealed class Entity
    {
        internal Entity(string name, EntityKind kind, IReadOnlyList<string> aliases, IReadOnlyList<string> roles, Gender gender = Gender.Unknown)
        {
            Gender = gender;
            Name = name;
            Kind = kind;
            Aliases = aliases;
            Roles = roles;
        }

        /// <summary>The canonical name: a person's full name, an acronym's definition.</summary>
        public string Name { get; }

        public EntityKind Kind { get; }

        /// <summary>A person's gender when a title or role gives it (and nothing contradicts it).</summary>
        public Gender Gender { get; }

        /// <summary>Other ways the corpus writes it ('Dupont', 'OCS').</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>Positions the text gives the person ('PDG de Vocal'), as written without the article.</summary>
        public IReadOnlyList<string> Roles { get; }

        public override string ToString() => Name;
    }
}
