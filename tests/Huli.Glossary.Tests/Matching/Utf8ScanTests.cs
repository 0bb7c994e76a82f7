using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using Huli.Glossary.Matching;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>Scanning UTF-8 bytes finds what scanning the decoded text finds, at the same places counted in bytes.</summary>
public class Utf8ScanTests
{
    private static readonly Gen<byte[]> Utf8Text = Gen.Select(Some.Text(14), Utf8Oddities.Insertions(4), Utf8Oddities.Into);

    [Fact]
    public void Scanning_bytes_finds_what_scanning_the_decoded_text_finds_with_offsets_in_bytes()
    {
        FindsWhatTheDecodedTextFinds(Utf8Text, iter: 2000, atLeast: 200, "the alphabet must make matches common, or this property tests nothing");
        Utf8Text.Sample(bytes => Utf8Matches(bytes, GlossaryScanOptions.Lenient).Should().Equal(InBytes(bytes, GlossaryScanOptions.Lenient)), iter: 1000);
    }

    [Fact]
    public void Scanning_long_bytes_finds_terms_wherever_they_lie_between_long_stretches_of_other_text()
    {
        // Long runs without a term (as most text is), longer than the windows the bytes are decoded in, with the terms and
        // odd sequences of the short property dropped in anywhere: terms must be found across every window's edge.
        var filler = Gen.Select(Gen.Char["的是在了和不国经济发展社会人民工作推进建设abc19 ,.“”"].Array[0, 60000], chars => Encoding.UTF8.GetBytes(chars));
        var longText = Gen.Select(filler, Utf8Text.Array[1, 400], Gen.Int[0, 200000].Array[400], (bytes, pieces, places) =>
        {
            var text = new List<byte>(bytes);
            for (var i = 0; i < pieces.Length; i++)
            {
                text.InsertRange(places[i] % (text.Count + 1), pieces[i]);
            }

            return text.ToArray();
        });

        FindsWhatTheDecodedTextFinds(longText, iter: 300, atLeast: 100, "the pieces dropped in must hold terms, or this property tests nothing");
    }

    [Fact]
    public void A_term_that_needs_a_word_before_it_is_found_with_that_word_wherever_the_text_puts_the_two()
    {
        // "十五条" is Fujian's only after "福建"; moved along a text longer than any window the bytes are decoded in, the word
        // and the term meet every window edge, and the word must still be read on the far side of it.
        var term = Encoding.UTF8.GetBytes("福建 “ ‘十五条’，");
        var alone = Encoding.UTF8.GetBytes("“ ‘十五条’，");
        var found = new List<int>();
        for (var shift = 0; shift < 20_000; shift++)
        {
            var filler = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("x的", (shift / 2) + 1)).Substring(0, shift));
            var text = filler.Concat(term).Concat(filler).ToArray();
            if (Count(text) != 1 || Count(filler.Concat(alone).Concat(filler).ToArray()) != 0)
            {
                found.Add(shift);
            }
        }

        found.Should().BeEmpty("the term must be found with its word before it, and only then, after fillers of every length");
    }

    [Fact]
    public void A_match_that_ends_where_a_window_stops_is_found_once_and_the_scan_goes_on_after_it()
    {
        // One-unit fillers move the term's end across the first window's stop, a window's stretch of units from the start.
        var term = "推行“六统一”";
        var found = new List<string>();
        for (var filler = MatchAutomaton.WindowStretch - 12; filler <= MatchAutomaton.WindowStretch; filler++)
        {
            var text = new string('的', filler) + term + "，“七办”联动";
            var expected = Glossary.Default.Scan(text, GlossaryScanOptions.Precise)
                .Select(m => (Encoding.UTF8.GetByteCount(text.AsSpan(0, m.Start)), Encoding.UTF8.GetByteCount(text.AsSpan(m.Start, m.Length)))).ToList();

            var matches = Utf8Matches(Encoding.UTF8.GetBytes(text), GlossaryScanOptions.Precise).Select(m => (m.Start, m.Length)).ToList();

            if (!matches.SequenceEqual(expected) || expected.Count != 2)
            {
                found.Add($"filler {filler}: {string.Join(", ", matches)} where the text has {string.Join(", ", expected)}");
            }
        }

        found.Should().BeEmpty();
    }

    [Theory]
    [InlineData("散租统管“六统一”模式", 13, 15, 9)]
    [InlineData("散租統管＂六統一＂模式", 13, 15, 9)]
    [InlineData("2 2 n线上线下一体化企业服务体系", 10, 0, 44)]
    [InlineData("优化“七办”联动机制", 28, 6, 18)]
    [InlineData("福建 “ ‘十五条’", 23, 14, 9)]
    public void A_match_in_bytes_covers_the_bytes_of_the_original_characters(string text, int entry, int start, int length)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        var match = Utf8Matches(bytes, GlossaryScanOptions.Precise).Single();

        (match.Entry.Number, match.Start, match.Length).Should().Be((entry, start, length));
    }

    [Fact]
    public void An_ill_formed_sequence_reads_as_one_replacement_character_and_breaks_a_term()
    {
        var broken = Encoding.UTF8.GetBytes("六统").Concat(new byte[] { 0xE4, 0xB8 }).Concat(Encoding.UTF8.GetBytes("一 六统一")).ToArray();

        var match = Utf8Matches(broken, GlossaryScanOptions.Precise).Single();

        (match.Start, match.Length).Should().Be((12, 9));
    }

    [Fact]
    public void A_term_with_characters_beyond_the_basic_plane_covers_their_four_bytes_each()
    {
        // 𰻞 (U+30EDE) is two UTF-16 units and four bytes: a match starts and ends on whole characters in both counts.
        var glossary = Glossary.Create([new GlossaryEntry { Number = 1, Term = "𰻞𰻞面", Definition = "一种面。" }]);
        var bytes = Encoding.UTF8.GetBytes("吃𰻞𰻞面，𠀀𰻞𰻞面𠀀");

        var matches = new List<(int, int)>();
        foreach (var match in glossary.Scan(bytes.AsSpan()))
        {
            matches.Add((match.Start, match.Length));
        }

        matches.Should().Equal((3, 11), (21, 11));
    }

    [Fact]
    public void Scanning_bytes_allocates_nothing_once_the_matcher_is_built()
    {
        var text = Encoding.UTF8.GetBytes("优化“七办”联动机制，推行散租统管“六统一”模式。");
        Count(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 100; i++)
        {
            found += Count(text);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        found.Should().Be(200);
        allocated.Should().Be(0);
    }

    private static int Count(ReadOnlySpan<byte> text)
    {
        var count = 0;
        foreach (var match in Glossary.Default.Scan(text))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Holds the precise scan of each sample's bytes to <see cref="InBytes"/>, and requires that at least
    /// <paramref name="atLeast"/> samples had a match, or the property would test nothing.</summary>
    private static void FindsWhatTheDecodedTextFinds(Gen<byte[]> samples, int iter, int atLeast, string because)
    {
        var withMatches = 0;
        samples.Sample(bytes =>
        {
            var expected = InBytes(bytes, GlossaryScanOptions.Precise);
            Utf8Matches(bytes, GlossaryScanOptions.Precise).Should().Equal(expected);
            if (expected.Count > 0)
            {
                Interlocked.Increment(ref withMatches);
            }
        }, iter: iter);
        withMatches.Should().BeGreaterThan(atLeast, because);
    }

    private static List<GlossaryMatch> Utf8Matches(byte[] bytes, GlossaryScanOptions options)
    {
        var matches = new List<GlossaryMatch>();
        foreach (var match in Glossary.Default.Scan(bytes.AsSpan(), options))
        {
            matches.Add(match);
        }

        return matches;
    }

    /// <summary>
    /// The matches of the decoded text, their UTF-16 offsets turned into the bytes that decode to them. The byte of a
    /// unit boundary u ends the longest prefix of the bytes that decodes to at most u units: a cut ill-formed sequence
    /// decodes to a U+FFFD of its own, one unit more, and a decoded prefix never gets shorter as it grows, so bisection
    /// from the boundary before finds it.
    /// </summary>
    private static List<GlossaryMatch> InBytes(byte[] bytes, GlossaryScanOptions options)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var (baseUnit, baseByte) = (0, 0);
        int ByteAt(int unit)
        {
            var (low, high) = (baseByte, Math.Min(bytes.Length, baseByte + (4 * (unit - baseUnit)) + 4));
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                (low, high) = baseUnit + Encoding.UTF8.GetCharCount(bytes, baseByte, middle - baseByte) <= unit ? (middle, high) : (low, middle - 1);
            }

            (baseUnit, baseByte) = (unit, low);
            return low;
        }

        var matches = new List<GlossaryMatch>();
        foreach (var m in Glossary.Default.Scan(text, options))
        {
            var start = ByteAt(m.Start);
            matches.Add(new GlossaryMatch(start, ByteAt(m.End) - start, m.Entry, m.Spelling, m.Evidence, m.Confidence));
        }

        return matches;
    }
}
