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
    public void A_glossary_of_any_words_finds_in_any_text_exactly_what_the_reference_matcher_finds()
    {
        // Glossaries of 1 to 60 of the default glossary's words and their first characters, each always matched or
        // matched on quotes or context: few and many first characters, one-unit spellings, spellings that are
        // prefixes of others. Each is built in the sample, so every way of building the automaton is tried.
        var spellings = Gen.Select(Gen.Int[0, Some.Words.Length - 1], Gen.Bool, Gen.Bool).Array[1, 60];
        Gen.Select(spellings, Some.Text(25)).Sample((picks, text) =>
        {
            var entries = picks
                .Select(pick => (Text: pick.Item2 ? Some.Words[pick.Item1] : Some.Words[pick.Item1].Substring(0, 1), Always: pick.Item3))
                .Where(pick => TextFolding.FoldKey(pick.Text.AsSpan()).Length > 0)
                .GroupBy(pick => TextFolding.FoldKey(pick.Text.AsSpan()))
                .Select((group, i) => new GlossaryEntry
                {
                    Number = i + 1,
                    Term = group.First().Text,
                    Definition = "一条解释。",
                    MatchRule = group.First().Always ? GlossaryMatchRule.Always : new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, After = ["体系"] },
                });
            var glossary = Glossary.Create(entries, places: ["湖里"]);
            var options = new GlossaryScanOptions { MinConfidence = 0 };

            glossary.Scan(text, options).Should().Equal(ReferenceMatcher.Scan(glossary, text, options), $"'{text}' in a glossary of {string.Join(", ", glossary.Entries.Select(e => e.Term))}");
        }, iter: 150);
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
