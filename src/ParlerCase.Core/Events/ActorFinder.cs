using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The people and organisations a document names, as event actors, under the canonical names the corpus's
    /// entity index gives them ('AWS' → 'Amazon Web Services', 'M. Matze' → 'John Matze'): the same resolution the
    /// quotes use, so an actor and a speaker are named alike.
    /// </summary>
    internal sealed class ActorFinder
    {
        private readonly EntityIndex index;

        public ActorFinder(EntityIndex index)
        {
            this.index = index;
        }

        public IReadOnlyList<Actor> Find(Document document) =>
            index.Find(document)
                .Where(m => m.Kind != EntityKind.Unknown)
                .Select(m => new Actor(m.Start, m.End, m.Name))
                .ToList();
    }
}
