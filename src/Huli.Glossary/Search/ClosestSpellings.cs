using System;
using System.Collections.Generic;
using System.Linq;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Search;

/// <summary>The entries whose spellings are nearest a key that found nothing, for "did you mean".</summary>
internal static class ClosestSpellings
{
    public static IReadOnlyList<GlossaryEntry> Find(Glossary glossary, string term, int limit)
    {
        var key = TextFolding.FoldKey(term.AsSpan());
        if (key.Length == 0)
        {
            return Array.Empty<GlossaryEntry>();
        }

        return glossary.Entries
            .Select(entry => (Entry: entry, Distance: entry.Spellings.Min(spelling => EditDistance.Between(key.AsSpan(), TextFolding.FoldKey(spelling.AsSpan()).AsSpan()))))
            // More than half the key wrong is a different word, not a typo.
            .Where(candidate => candidate.Distance <= Math.Max(1, key.Length / 2))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Entry.Number)
            .Take(limit)
            .Select(candidate => candidate.Entry)
            .ToList();
    }
}
