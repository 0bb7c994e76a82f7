using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Huli.Glossary.Folding;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>
/// The automaton's prefilter as DESIGN.md describes it: a position is a candidate when its unit folds to the first
/// character of a spelling or a place's name and the next unit can go on from there (the key's second character, a
/// quotation mark or a space, or anything after a one-character key). Each glossary is built in the test, so the ways
/// the prefilter table is built are covered whatever test runs first in the process.
/// </summary>
public class MatchAutomatonTests
{
    [Fact]
    public void On_a_glossary_of_few_first_characters_the_candidates_are_exactly_the_pairs_that_begin_a_key()
    {
        // Up to 12 words, so fewer first characters than the prefilter's 26 groups: no group is shared, and the test is exact.
        var picks = Gen.Select(Gen.Int[0, Some.Words.Length - 1], Gen.Bool).Array[1, 12];
        Gen.Select(picks, Some.Text(20)).Sample((chosen, text) =>
        {
            var glossary = Glossary.Create(Entries(chosen), places: ["湖里"]);
            var keys = glossary.Entries.SelectMany(e => e.MatchableSpellings).Select(s => s.Text).Concat(glossary.Places)
                .Select(key => TextFolding.FoldKey(key.AsSpan()))
                .ToList();
            var automaton = glossary.Automaton;
            var last = text.Length - 1;

            for (var from = 0; from < last; from++)
            {
                var expected = Enumerable.Range(from, last - from).FirstOrDefault(p => BeginsKey(keys, text[p], text[p + 1]), last);
                automaton.NextCandidateScalar(text, from, last).Should().Be(expected, $"from {from} in '{text}' with keys {string.Join(", ", keys)}");
                var cursor = default(Huli.Glossary.Matching.CandidateCursor);
                automaton.NextCandidate(text, from, last, ref cursor).Should().Be(expected, $"from {from} in '{text}' with keys {string.Join(", ", keys)}");
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(25)]
    [InlineData(26)]
    [InlineData(27)]
    [InlineData(37)]
    public void However_many_first_characters_a_glossary_has_the_prefilter_passes_every_pair_that_begins_a_key(int firstCharacters)
    {
        // Past the 26 groups, the last is shared and lets more pairs through; none that begins a key may be lost. The words
        // of the default glossary begin with 37 characters.
        var words = Some.Words
            .Where(word => TextFolding.FoldKey(word.AsSpan()).Length > 0)
            .GroupBy(word => TextFolding.FoldKey(word.AsSpan())[0])
            .Where(group => group.Key != '湖')
            .Select(group => group.First())
            .Take(firstCharacters - 1)
            .ToList();
        var glossary = AlwaysMatched(words, places: ["湖里"]);
        var keys = words.Append("湖里").Select(key => TextFolding.FoldKey(key.AsSpan())).ToList();
        keys.Select(key => key[0]).Distinct().Should().HaveCount(firstCharacters);

        Some.Text(30).Sample(text =>
        {
            var last = text.Length - 1;
            var cursor = default(Huli.Glossary.Matching.CandidateCursor);
            var from = 0;
            while (from < last)
            {
                var candidate = glossary.Automaton.NextCandidate(text, from, last, ref cursor);
                candidate.Should().Be(glossary.Automaton.NextCandidateScalar(text, from, last), $"from {from} in '{text}'");
                Enumerable.Range(from, candidate - from).Should().NotContain(p => BeginsKey(keys, text[p], text[p + 1]), $"they lie before the candidate {candidate} in '{text}'");
                from = candidate + 1;
            }
        }, iter: 200);
    }

    [Theory]
    [InlineData("推行“六统一”模式")]
    [InlineData("推行六统一模式")]
    public void Of_two_spellings_of_an_entry_that_fold_alike_the_one_always_matched_is_reported_with_its_stronger_evidence(string text)
    {
        // The term is matched on quotes only, its traditional alias everywhere: in quotes both accept, and the match
        // takes the alias's distinctive evidence, not the term's weaker quotes.
        var entry = new GlossaryEntry
        {
            Number = 1,
            Term = "六统一",
            MatchRule = new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext },
            Aliases = [new GlossaryAlias { Text = "六統一", MatchRule = GlossaryMatchRule.Always }],
            Definition = "一条解释。",
        };

        var match = Glossary.Create([entry]).Scan(text).Should().ContainSingle().Subject;

        match.Spelling.Should().Be("六統一");
        match.Evidence.Should().Be(GlossaryEvidence.DistinctiveSpelling);
        match.Start.Should().Be(text.IndexOf('六'));
    }

    [Fact]
    public void Of_two_spellings_of_an_entry_that_fold_alike_the_later_does_not_hide_the_earlier()
    {
        // The term always counts, its traditional alias only in quotes: unquoted, the term is still found.
        var entry = new GlossaryEntry
        {
            Number = 1,
            Term = "六统一",
            MatchRule = GlossaryMatchRule.Always,
            Aliases = [new GlossaryAlias { Text = "六統一", MatchRule = new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext } }],
            Definition = "一条解释。",
        };

        var match = Glossary.Create([entry]).Scan("推行六統一模式").Should().ContainSingle().Subject;

        match.Spelling.Should().Be("六统一");
        match.Evidence.Should().Be(GlossaryEvidence.DistinctiveSpelling);
    }

    [Theory]
    [InlineData("推行城", 2)]
    [InlineData("城", 0)]
    [InlineData("推行六统一城", 5)]
    [InlineData("六统一城", 3)]
    public void A_one_character_spelling_is_found_in_the_last_unit_of_a_text(string text, int start)
    {
        var glossary = AlwaysMatched(["六统一", "城"]);

        glossary.Scan(text)[^1].Start.Should().Be(start);
    }

    [Theory]
    [InlineData("推行2+2+N模式", "2+2+N")]
    [InlineData("推行2 + 2 + N模式", "2 + 2 + N")]
    [InlineData("推行2　＋＋ 2 + n模式", "2　＋＋ 2 + n")]
    [InlineData("推行“2”+ “2”+N模式", "“2”+ “2”+N")]
    [InlineData("推行22N模式", null)]
    [InlineData("推行2+2N模式", null)]
    public void A_run_of_spaces_and_plus_signs_in_the_text_stands_for_one_separator_of_a_spelling(string text, string? matched)
    {
        var glossary = AlwaysMatched(["2+2+N"]);

        glossary.Scan(text).Select(m => text[m.Start..m.End]).Should().Equal(matched is null ? [] : [matched]);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("“", true)]
    // Not a quotation mark: the characters no longer stand together.
    [InlineData("、", false)]
    // Two marks after every character make the match longer than twice the spelling and 32 more, the look-ahead a stream keeps.
    [InlineData("‘’", false)]
    public void A_spelling_as_long_as_a_paragraph_is_found_whole_with_a_quotation_mark_between_its_characters(string between, bool found)
    {
        var term = string.Concat(Enumerable.Repeat("一二三四五六七八九十", 12));
        // With a short spelling beside it: how far a match may reach is set by the longest.
        var glossary = AlwaysMatched(["其他", term]);
        var written = string.Join(between, term.ToCharArray());
        var text = "前文" + written + "后文";

        glossary.Scan(text).Select(m => (m.Start, m.End)).Should().Equal(found ? [(2, 2 + written.Length)] : []);
    }

    /// <summary>A glossary of the given terms, each always matched, numbered in order.</summary>
    private static Glossary AlwaysMatched(IEnumerable<string> terms, IEnumerable<string>? places = null) => Glossary.Create(
        terms.Select((term, i) => new GlossaryEntry { Number = i + 1, Term = term, Definition = "一条解释。", MatchRule = GlossaryMatchRule.Always }),
        places: places);

    private static bool BeginsKey(List<string> keys, char first, char second)
    {
        var a = TextFolding.FoldChar(first);
        var b = TextFolding.FoldChar(second);
        return keys.Any(key => key[0] == a && (key.Length == 1 || key[1] == b || b == TextFolding.Ignorable || b == TextFolding.Separator));
    }

    // Whole words or their first characters, always matched or matched on quotes and context, one entry per folded key.
    private static IEnumerable<GlossaryEntry> Entries((int Word, bool Whole)[] picks) => picks
        .Select(pick => pick.Whole ? Some.Words[pick.Word] : Some.Words[pick.Word].Substring(0, 1))
        .Where(word => TextFolding.FoldKey(word.AsSpan()).Length > 0)
        .GroupBy(word => TextFolding.FoldKey(word.AsSpan()))
        .Select((group, i) => new GlossaryEntry
        {
            Number = i + 1,
            Term = group.First(),
            Definition = "一条解释。",
            MatchRule = i % 2 == 0 ? GlossaryMatchRule.Always : new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, After = ["体系"] },
        });
}
