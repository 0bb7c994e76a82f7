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
            .Select(entry => (Entry: entry, Distance: entry.Spellings.Min(spelling => Distance(key, TextFolding.FoldKey(spelling.AsSpan())))))
            // More than half the key wrong is a different word, not a typo.
            .Where(candidate => candidate.Distance <= Math.Max(1, key.Length / 2))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Entry.Number)
            .Take(limit)
            .Select(candidate => candidate.Entry)
            .ToList();
    }

    /// <summary>Levenshtein distance in UTF-16 units, two rows of memory.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
