using System;
using System.Linq;
using CsCheck;
using Huli.Glossary.Matching;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>
/// Every vector width of the prefilter finds the candidate the scalar loop finds, from every position of the same text
/// at every alignment, so scans agree on every processor. Each width this processor runs is forced in turn (not only
/// the widest, which the scan takes); .ci/run repeats the suite with AVX-512 and then AVX2 switched off, where the scan
/// itself takes the narrower paths.
/// </summary>
public class PrefilterTests
{
    private static readonly MatchAutomaton Automaton = Glossary.Default.Automaton;

    /// <summary>The scalar loop and every vector width this process runs (none in the netstandard2.0 build), in bits.</summary>
    public static TheoryData<int> Widths()
    {
        var widths = new TheoryData<int> { (int)VectorWidth.Scalar };
#if !LIBRARY_NETSTANDARD
        foreach (var width in RunningVectorWidths)
        {
            widths.Add((int)width);
        }
#endif
        return widths;
    }

#if !LIBRARY_NETSTANDARD
    // Every unit of every spelling and context word in every folded variant, and units that pass the vector test's
    // nibble boxes by accident: text where nearly every position is a near miss of the exact test.
    private static readonly char[] NearMisses = Some.Words
        .SelectMany(word => word)
        .Concat("一二四八九十的了们体化统中国产业人民发展0123456789０１２３４５６７８９，。、“”\"' \u3000\uFFFF\u0000\uD800\uDC00")
        .Distinct()
        .ToArray();

    /// <summary>The vector widths this process runs: 128 bits on every x64 and ARM64 processor, 256 and 512 where AVX2 and AVX-512BW are on; in bits.</summary>
    public static TheoryData<int> VectorWidths()
    {
        var widths = new TheoryData<int>();
        foreach (var width in RunningVectorWidths)
        {
            widths.Add((int)width);
        }

        return widths;
    }

    private static VectorWidth[] RunningVectorWidths =>
        new[] { VectorWidth.Vector128, VectorWidth.Vector256, VectorWidth.Vector512 }.Where(VectorPrefilter.Runs).ToArray();

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Each_width_finds_the_candidate_the_scalar_loop_finds_from_every_position_and_alignment(int bits)
    {
        var width = (VectorWidth)bits;
        // Glossary words with quotes, separators and digits; near misses; any unit at all. Lengths across several
        // 64-unit blocks and their tails.
        foreach (var text in new[] { Some.Text(100), Gen.Char[new string(NearMisses)].Array[0, 200].Select(units => new string(units)), Gen.Char.Array[0, 200].Select(units => new string(units)) })
        {
            text.Sample(sample => AgreeEverywhere(sample, width), iter: 150);
        }
    }

    private static void AgreeEverywhere(string text, VectorWidth width)
    {
        // The same text at eight alignments: a vector load then starts at every offset from a 16-byte boundary.
        for (var alignment = 0; alignment < 8; alignment++)
        {
            var padded = (new string('x', alignment) + text).AsSpan(alignment);
            for (var from = 0; from < padded.Length - 1; from++)
            {
                var found = Automaton.NextCandidate(padded, from, padded.Length - 1, width);
                var expected = Automaton.NextCandidateScalar(padded, from, padded.Length - 1);
                found.Should().Be(expected, $"from {from} at alignment {alignment} in '{text}'");
            }
        }
    }
#endif

    [Theory]
    [MemberData(nameof(Widths))]
    public void Each_width_stops_at_a_term_that_starts_in_a_later_block_or_in_the_tail(int bits)
    {
        var width = (VectorWidth)bits;
        foreach (var before in new[] { 0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 70, 127, 128, 129 })
        {
            foreach (var after in new[] { 0, 1, 2, 16, 64 })
            {
                var text = new string('的', before) + "“六统一”" + new string('的', after);

                // The opening quotation mark starts no spelling by itself: the candidate is 六, one unit on.
                Automaton.NextCandidate(text.AsSpan(), 0, text.Length - 1, width).Should().Be(before + 1, $"{before} units before, {after} after");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Each_width_passes_over_text_whose_first_units_are_followed_by_nothing_that_can_follow_them(int bits)
    {
        var width = (VectorWidth)bits;
        // 六 starts spellings, but never 六六 or 六的; 七 starts 七办, never 七七.
        foreach (var filler in new[] { "六", "六的", "七七的", "十十十，" })
        {
            var text = string.Concat(Enumerable.Repeat(filler, 100)) + "的";
            Automaton.NextCandidate(text.AsSpan(), 0, text.Length - 1, width).Should().Be(text.Length - 1, filler);
        }
    }

#if LIBRARY_NETSTANDARD
    [Fact]
    public void The_netstandard_build_runs_the_scalar_loop()
    {
        MatchAutomaton.Width.Should().Be(VectorWidth.Scalar);
    }
#else
    [Fact]
    public void The_scan_takes_the_widest_vector_the_processor_runs_fast()
    {
        // DOTNET_EnableAVX512=0 and DOTNET_EnableAVX2=0 narrow what the runtime reports, for the library and this test alike.
        var expected = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx512BW.IsSupported ? VectorWidth.Vector512
            : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Avx2.IsSupported ? VectorWidth.Vector256
            : System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? VectorWidth.Vector128
            : VectorWidth.Scalar;

        Automaton.Width.Should().Be(expected);
    }
#endif
}
