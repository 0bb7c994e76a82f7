using CsCheck;
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
    private readonly Huli.Glossary.Matching.MatchAutomaton automaton =
        Glossary.Create(Glossary.Default.Entries, places: Glossary.Default.Places).Automaton;

    [Fact]
    public void The_vector_prefilter_finds_the_candidate_the_scalar_loop_finds_from_every_position()
    {
        // Long enough for several 32-unit blocks and a tail; words of the glossary in every folded spelling.
        Some.Text(60).Sample(text =>
        {
            for (var from = 0; from < text.Length - 1; from++)
            {
                automaton.NextCandidate(text, from, text.Length - 1).Should().Be(automaton.NextCandidateScalar(text, from, text.Length - 1), $"from {from} in '{text}'");
            }
        }, iter: 300);
    }

    [Fact]
    public void The_prefilter_stops_at_a_term_that_starts_past_the_first_block()
    {
        var text = new string('的', 70) + "“六统一”" + new string('的', 5);

        // The opening quotation mark starts no spelling by itself: the candidate is 六, one unit on.
        automaton.NextCandidate(text, 0, text.Length - 1).Should().Be(71).And.Be(automaton.NextCandidateScalar(text, 0, text.Length - 1));
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
        automaton.VectorPrefilterInstructions.Should().Be(expected);
#endif
    }
}
