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

        // More than half the key wrong is a different word, not a typo.
        var tolerance = Math.Max(1, key.Length / 2);

        return glossary.Entries
            .Select(entry => (Entry: entry, Distance: entry.Spellings
                .Select(spelling => TextFolding.FoldKey(spelling.AsSpan()))
                // The distance is at least the difference in length, so a key far longer than every spelling (a
                // pasted page) costs nothing instead of a distance table per spelling as large as the key.
                .Where(spelling => Math.Abs(spelling.Length - key.Length) <= tolerance)
                .Select(spelling => EditDistance.Between(key.AsSpan(), spelling.AsSpan()))
                .DefaultIfEmpty(int.MaxValue)
                .Min()))
            .Where(candidate => candidate.Distance <= tolerance)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Entry.Number)
            .Take(limit)
            .Select(candidate => candidate.Entry)
            .ToList();
    }
}
