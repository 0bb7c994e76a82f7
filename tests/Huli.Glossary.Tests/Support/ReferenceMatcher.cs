using System;
using System.Collections.Generic;
using System.Linq;
using Huli.Glossary.Folding;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Tests.Support;

/// <summary>
/// The matching semantics written the slow, obvious way: at each position try every spelling, keep the
/// longest one its rule accepts. The automaton must find exactly what this finds.
/// </summary>
internal static class ReferenceMatcher
{
    public static IReadOnlyList<GlossaryMatch> Scan(Glossary glossary, string text)
    {
        var spellings = glossary.Entries
            .SelectMany(e => e.MatchableSpellings.Select(s => new Spelling(e, s.Text, s.Rule)))
            .OrderBy(s => s.Rule.Mode == GlossaryMatchMode.Always ? 0 : 1)
            .ToList();

        var matches = new List<GlossaryMatch>();
        var position = 0;
        while (position < text.Length)
        {
            (int End, Spelling Spelling)? best = null;
            foreach (var spelling in spellings)
            {
                var end = MatchEnd(text, position, spelling.Folded);
                if (end > 0 && (best is null || end > best.Value.End) && MatchRules.Accepts(text.AsSpan(), position, end, spelling))
                {
                    best = (end, spelling);
                }
            }

            if (best is { } found)
            {
                var (start, end) = MatchRules.Balance(text.AsSpan(), position, found.End, matches.Count == 0 ? 0 : matches[^1].End);
                matches.Add(new GlossaryMatch(start, end - start, found.Spelling.Entry, found.Spelling.Text));
                position = end;
            }
            else
            {
                position++;
            }
        }

        return matches;
    }

    /// <summary>Where <paramref name="folded"/> ends if it starts at <paramref name="start"/>, or -1.</summary>
    private static int MatchEnd(string text, int start, string folded)
    {
        var i = start;
        var k = 0;
        var afterSeparator = false;
        while (k < folded.Length)
        {
            if (i >= text.Length)
            {
                return -1;
            }

            var c = TextFolding.FoldChar(text[i]);
            if (c == TextFolding.Ignorable || (c == TextFolding.Separator && afterSeparator))
            {
                if (i == start)
                {
                    return -1;
                }

                i++;
                continue;
            }

            afterSeparator = c == TextFolding.Separator;
            if (c != folded[k])
            {
                return -1;
            }

            i++;
            k++;
        }

        return i;
    }
}
