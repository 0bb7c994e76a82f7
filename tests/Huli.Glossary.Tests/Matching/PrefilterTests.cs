using System;
using CsCheck;
using Huli.Glossary.Matching;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>
/// The vector prefilter and the scalar loop find the same candidate from every position of the same text, so scans
/// agree on every processor. The processor decides which vector path runs: AVX-512 where it has it, AVX2 byte shuffles
/// where .ci/run turns AVX-512 off (DOTNET_EnableAVX512=0), 128-bit ones where it turns AVX2 off, none where it turns
/// vectors off (DOTNET_EnableHWIntrinsic=0), and then both sides are the scalar loop and the scan tests cover that path.
/// </summary>
public class PrefilterTests
{
    // A matcher of its own for each test, rather than the default glossary's, which a process builds once: the filters
    // are chosen while it is built, so a test of them must watch it being built.
    private readonly MatchAutomaton automaton =
        Glossary.Create(Glossary.Default.Entries, places: Glossary.Default.Places).Automaton;

    [Fact]
    public void The_vector_prefilter_finds_the_candidate_the_scalar_loop_finds_from_every_position()
    {
        // Long enough for several 32-unit blocks and a tail; words of the glossary in every folded spelling.
        Some.Text(60).Sample(text =>
        {
            for (var from = 0; from < text.Length - 1; from++)
            {
                var fresh = default(CandidateCursor);
                automaton.NextCandidate(text, from, text.Length - 1, ref fresh).Should().Be(automaton.NextCandidateScalar(text, from, text.Length - 1), $"from {from} in '{text}'");
            }
        }, iter: 300);
    }

    [Fact]
    public void Going_from_candidate_to_candidate_with_one_cursor_the_vector_prefilter_finds_every_candidate_the_scalar_loop_finds()
    {
        // As a scan goes on: from the position after each candidate, or further on after a match. The cursor then holds
        // the block the search stopped in, and the next search must take up its bits from the right position.
        Gen.Select(Some.Text(100), Gen.Int[0, 3].Array[40]).Sample((text, skips) =>
        {
            var last = text.Length - 1;
            var cursor = default(CandidateCursor);
            var from = 0;
            foreach (var skip in skips)
            {
                var expected = automaton.NextCandidateScalar(text, from, last);
                automaton.NextCandidate(text, from, last, ref cursor).Should().Be(expected, $"from {from} in '{text}'");
                if (expected >= last)
                {
                    break;
                }

                from = expected + 1 + skip;
                if (from >= last)
                {
                    break;
                }
            }
        }, iter: 500);
    }

    [Fact]
    public void The_vector_filters_let_few_positions_of_the_report_through_that_the_exact_test_then_rejects()
    {
        // After each candidate the cursor holds the rest of its block as the Bloom filters judged it: a filter that
        // passes more positions (a worse multiplier, the two tests joined by OR) finds the same candidates, slower.
        var text = Report.Body;
        var last = text.Length - 1;
        var cursor = default(CandidateCursor);
        var (judged, rejected) = (0, 0);
        for (var candidate = automaton.NextCandidate(text, 0, last, ref cursor); candidate < last; candidate = automaton.NextCandidate(text, candidate + 1, last, ref cursor))
        {
            var blockStart = cursor.BlockEnd - Length(Instructions);
            for (var position = candidate + 1; position < Math.Min(cursor.BlockEnd, last); position++)
            {
                judged++;
                var passed = (cursor.Pending >> (position - blockStart) & 1) != 0;
                rejected += passed && automaton.NextCandidateScalar(text, position, position + 1) != position ? 1 : 0;
            }
        }

        if (Instructions is null)
        {
            cursor.Should().Be(default(CandidateCursor), "the scalar loop tests one position at a time and keeps no block");
            return;
        }

        // Measured: 4.8 % with AVX-512's 1,024-bit filters, 8.2 % with the 256-bit ones of AVX2 and 128-bit shuffles.
        var most = Instructions == "AVX-512" ? 0.06 : 0.10;
        judged.Should().BeGreaterThan(text.Length / 10);
        ((double)rejected / judged).Should().BeLessThan(most, $"{rejected} of {judged} positions passed the {Instructions} filters");
    }

    // The netstandard2.0 build has no vector path and says so through a static property.
#if LIBRARY_NETSTANDARD
    private static string? Instructions => null;
#else
    private string? Instructions => automaton.VectorPrefilterInstructions;
#endif

    // The positions a block tests: 32 with AVX-512 and AVX2, 16 with 128-bit shuffles (DESIGN.md).
    private static int Length(string? instructions) => instructions == "shuffle" ? 16 : 32;

    [Fact]
    public void The_prefilter_stops_at_a_term_that_starts_past_the_first_block()
    {
        var text = new string('的', 70) + "“六统一”" + new string('的', 5);

        // The opening quotation mark starts no spelling by itself: the candidate is 六, one unit on.
        var cursor = default(CandidateCursor);
        automaton.NextCandidate(text, 0, text.Length - 1, ref cursor).Should().Be(71).And.Be(automaton.NextCandidateScalar(text, 0, text.Length - 1));
    }

    [Fact]
    public void The_vector_path_runs_with_the_widest_instructions_the_processor_has()
    {
        // DOTNET_EnableAVX512=0 or DOTNET_EnableHWIntrinsic=0 turn IsSupported off for the library and this test alike.
#if LIBRARY_NETSTANDARD
        Huli.Glossary.Matching.MatchAutomaton.VectorPrefilterInstructions.Should().BeNull("the netstandard2.0 build has no vector path");
#else
        var expected = System.Runtime.Intrinsics.X86.Avx512BW.IsSupported ? "AVX-512"
            : System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "AVX2"
            : System.Runtime.Intrinsics.X86.Ssse3.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported ? "shuffle"
            : null;
        Instructions.Should().Be(expected);
#endif
    }
}
