using System;
using System.Collections.Generic;
using System.Linq;
using Huli.Glossary.Folding;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Tests.Support;

/// <summary>
/// The matching semantics written the slow, obvious way: at each position try every spelling, keep the
/// longest one its rule accepts on the evidence known before that position, then note a name of the place that
/// starts there. The automaton must find exactly what this finds.
/// </summary>
internal static class ReferenceMatcher
{
    public static IReadOnlyList<GlossaryMatch> Scan(Glossary glossary, string text) => Scan(glossary, text, GlossaryScanOptions.Precise);

    public static IReadOnlyList<GlossaryMatch> Scan(Glossary glossary, string text, GlossaryScanOptions options)
    {
        var state = new SenseState(options);
        var places = glossary.Places.Select(place => TextFolding.FoldKey(place.AsSpan())).ToList();
        var spellings = glossary.Entries
            .SelectMany(e => e.MatchableSpellings.Select(s => new Spelling(e, s.Text, s.Rule)))
            .OrderBy(s => s.Rule.Mode == GlossaryMatchMode.Always ? 0 : 1)
            .ToList();

        var matches = new List<GlossaryMatch>();
        var position = 0;
        while (position < text.Length)
        {
            (int End, Spelling Spelling, GlossaryEvidence Evidence)? best = null;
            foreach (var spelling in spellings)
            {
                var end = MatchEnd(text, position, spelling.Folded);
                if (end > 0 && (best is null || end > best.Value.End) && MatchRules.Accepts(text.AsSpan(), position, end, spelling, in state, out var evidence))
                {
                    best = (end, spelling, evidence);
                }
            }

            if (places.Any(place => MatchEnd(text, position, place) > 0))
            {
                state.NotePlace();
            }

            if (best is { } found)
            {
                state.Note(found.Spelling, found.Evidence);
                var (start, end) = MatchRules.Balance(text.AsSpan(), position, found.End, matches.Count == 0 ? 0 : matches[^1].End);
                matches.Add(new GlossaryMatch(
                    start, end - start, found.Spelling.Entry, found.Spelling.Text, found.Evidence, MatchRules.ConfidenceOf(found.Evidence, found.Spelling.Generic)));
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
