using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Quotes
{
    /// <summary>Who a quote is attributed to, and how that was worked out.</summary>
    internal sealed class Speaker
    {
        public Speaker(Entity entity, string text, string? role, string how)
        {
            Entity = entity;
            Text = text;
            Role = role ?? (entity.Roles.Count > 0 ? entity.Roles[0] : null);
            How = how;
        }

        public Entity Entity { get; }

        public string Name => Entity.Name;

        /// <summary>As written at the attribution.</summary>
        public string Text { get; }

        public string? Role { get; }

        /// <summary>The resolution path, e.g. 'pronoun → name'.</summary>
        public string How { get; }

        public Speaker As(string text, string how) => new Speaker(Entity, text, Role, how + " → " + How);
    }
}
