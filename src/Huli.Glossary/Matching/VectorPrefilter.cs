#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Huli.Glossary.Matching;

/// <summary>
/// The two-unit prefilter of <see cref="MatchAutomaton"/>, 32 positions at a time with AVX-512: two Bloom filters,
/// one of the units that start a spelling and one of the units that may follow one, pick the few positions worth
/// the exact table test. Each filter is 1,024 bits, addressed by a multiplicative hash and read with one permute.
/// (A second hash per filter halves the false candidates but costs more than they do: measured, 5.3 against 5.0 ms.)
/// Used where the processor has AVX-512BW; the scalar loop serves everywhere else and for the last units of a text.
/// </summary>
/// <remarks>Immutable once built; safe to share between threads.</remarks>
internal sealed class VectorPrefilter
{
    // A 16-bit unit times an odd multiplier, top 10 bits: a word index (6 bits) and a bit in the word (4 bits).
    private const int HashShift = 6;

    private readonly Bloom first;
    private readonly Bloom second;

    private VectorPrefilter(Bloom first, Bloom second)
    {
        this.first = first;
        this.second = second;
    }

    /// <summary>A vector prefilter for the given sets, or null where the processor lacks AVX-512BW.</summary>
    public static VectorPrefilter? TryCreate(IReadOnlyList<char> firstUnits, IReadOnlyList<char> secondUnits) =>
        Avx512BW.IsSupported ? new VectorPrefilter(Filter(firstUnits), Filter(secondUnits)) : null;

    /// <summary>
    /// Moves <paramref name="position"/> to the first position before <paramref name="last"/> whose two units pass
    /// the exact test of <paramref name="pairs"/> and returns true; or, having found none, to the first position it
    /// did not examine (at most <paramref name="last"/>) and returns false.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> text, ref int position, int last, uint[] pairs, int groupShift)
    {
        ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var table = ref MemoryMarshal.GetReference(pairs.AsSpan());
        var i = position;

        // Each block reads units i .. i + 32: the 32 first units and, one further on, their 32 second units.
        while (i < last && i + 33 <= text.Length)
        {
            var firsts = Vector512.LoadUnsafe(ref units, (nuint)i);
            var seconds = Vector512.LoadUnsafe(ref units, (nuint)(i + 1));
            var mask = first.Test(firsts) & second.Test(seconds);
            for (; mask != 0; mask &= mask - 1)
            {
                var candidate = i + BitOperations.TrailingZeroCount(mask);
                if (candidate >= last)
                {
                    position = last;
                    return false;
                }

                var group = Unsafe.Add(ref table, Unsafe.Add(ref units, candidate)) & 31;
                if (((1u << (int)(group + groupShift)) & Unsafe.Add(ref table, Unsafe.Add(ref units, candidate + 1))) != 0)
                {
                    position = candidate;
                    return true;
                }
            }

            i += 32;
        }

        position = Math.Min(i, last);
        return false;
    }

    /// <summary>The filter of <paramref name="units"/> with the fewest bits set among a fixed series of multipliers.</summary>
    private static Bloom Filter(IReadOnlyList<char> units)
    {
        // A fixed seed: the same glossary always gets the same filter.
        var random = new Random(20231227);
        Bloom? best = null;
        var fewest = int.MaxValue;
        for (var attempt = 0; attempt < 256; attempt++)
        {
            var multiplier = (ushort)((random.Next(1, 0x8000) * 2) + 1);
            var words = new ushort[64];
            foreach (var unit in units)
            {
                var hash = Bloom.Hash(unit, multiplier);
                words[hash >> 4] |= (ushort)(1 << (hash & 15));
            }

            var set = 0;
            foreach (var word in words)
            {
                set += BitOperations.PopCount(word);
            }

            if (set < fewest)
            {
                (fewest, best) = (set, new Bloom(multiplier, words));
            }
        }

        return best!;
    }

    /// <summary>1,024 bits and the multiplier that addresses them.</summary>
    private sealed class Bloom(ushort multiplier, ushort[] words)
    {
        private readonly Vector512<ushort> factor = Vector512.Create(multiplier);
        private readonly Vector512<ushort> low = Vector512.Create(words.AsSpan(0, 32));
        private readonly Vector512<ushort> high = Vector512.Create(words.AsSpan(32, 32));

        /// <summary>A 16-bit unit times an odd multiplier, top 10 bits: a word index (6 bits) and a bit in the word (4 bits).</summary>
        public static int Hash(char unit, ushort multiplier) => (ushort)(unit * multiplier) >> HashShift;

        /// <summary>A bit per lane: set where the lane's unit may be in the set (never clear where it is).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Test(Vector512<ushort> units)
        {
            var hash = Avx512BW.ShiftRightLogical(Avx512BW.MultiplyLow(units, factor), HashShift);
            var selected = Avx512BW.PermuteVar32x16x2(low, Avx512BW.ShiftRightLogical(hash, 4), high);
            var bits = Avx512BW.ShiftRightLogicalVariable(selected, hash & Vector512.Create((ushort)15)) & Vector512<ushort>.One;
            return Vector512.Equals(bits, Vector512<ushort>.One).ExtractMostSignificantBits();
        }
    }
}
#endif
