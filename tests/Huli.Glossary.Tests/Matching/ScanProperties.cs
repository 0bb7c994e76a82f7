using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using Huli.Glossary.Folding;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>The matcher on random text biased to the glossary's characters, quotes, separators and digits.</summary>
public class ScanProperties
{
    private static readonly Glossary Glossary = Glossary.Default;

    [Fact]
    public void Matches_are_in_bounds_ordered_non_overlapping_and_each_covers_a_spelling_of_its_entry()
    {
        var textsWithMatches = 0;
        Some.Text(12).Sample(text =>
        {
            var previousEnd = 0;
            foreach (var match in Glossary.Scan(text))
            {
                if (previousEnd == 0)
                {
                    Interlocked.Increment(ref textsWithMatches);
                }

                match.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                match.End.Should().BeLessThanOrEqualTo(text.Length);
                match.Entry.Spellings.Should().Contain(match.Spelling);
                TextFolding.FoldKey(text.AsSpan(match.Start, match.Length)).Should().Be(TextFolding.FoldKey(match.Spelling.AsSpan()), $"[{match.Start}, {match.End}) of '{text}'");
                previousEnd = match.End;
            }
        }, iter: 1000);

        textsWithMatches.Should().BeGreaterThan(100, "the alphabet must make matches common, or these properties test nothing");
    }

    [Fact]
    public void Scan_finds_exactly_what_the_reference_matcher_finds()
    {
        Some.Text(12).Sample(text => Glossary.Scan(text).Should().Equal(ReferenceMatcher.Scan(Glossary, text)), iter: 500);
        Some.Text(12).Sample(text => Glossary.Scan(text, GlossaryScanOptions.Lenient).Should().Equal(ReferenceMatcher.Scan(Glossary, text, GlossaryScanOptions.Lenient)), iter: 300);
    }

    [Fact]
    public void Every_term_spliced_into_random_text_between_full_stops_and_quotes_is_found()
    {
        var spliced = Gen.Select(Some.Text(5).Array[1, 5], Gen.Int[0, Some.MatchableSpellings.Length - 1].Array[0, 4]);
        spliced.Sample((pieces, picks) =>
        {
            // Quotes make every rule accept (generic spellings on the lenient policy), and 。 belongs to no spelling, so nothing around can absorb the term.
            var text = new StringBuilder(pieces[0]);
            var expected = new List<(int Start, int End, GlossaryEntry Entry)>();
            for (var i = 0; i < picks.Length; i++)
            {
                var (entry, spelling) = Some.MatchableSpellings[picks[i]];
                text.Append('。');
                var start = text.Length;
                text.Append('“').Append(spelling).Append('”');
                expected.Add((start, text.Length, entry));
                text.Append('。').Append(pieces[(i + 1) % pieces.Length]);
            }

            var matches = Glossary.Scan(text.ToString(), GlossaryScanOptions.Lenient);

            foreach (var (start, end, entry) in expected)
            {
                matches.Should().Contain(m => m.Start >= start && m.End <= end && m.Entry == entry, $"'{text}' holds {entry} at [{start}, {end})");
            }
        }, iter: 500);
    }

    [Fact]
    public void Scanning_a_reader_that_trickles_gives_what_scanning_the_string_gives()
    {
        Gen.Select(Some.Text(30), Gen.Int[1, 7]).Sample((text, chunk) =>
            Glossary.Scan(new TrickleReader(text, chunk)).Should().Equal(Glossary.Scan(text)), iter: 300);
    }
}
