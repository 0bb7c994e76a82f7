#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Huli.Glossary.Matching;

/// <summary>
/// The two-unit prefilter of <see cref="MatchAutomaton"/>, many positions at a time: two Bloom filters, one of the units
/// that start a spelling and one of the units that may follow one, pick the few positions worth the exact table test.
/// A filter is addressed by a multiplicative hash of the unit and read with vector table lookups: 1,024 bits with
/// AVX-512's word permute, 32 positions a step; elsewhere 256 bits with byte shuffles, 32 positions a step with AVX2
/// and 16 with SSSE3 (x64) or TBL (ARM64). The scalar loop serves processors with none of these and the last units of
/// a text.
/// </summary>
/// <remarks>Immutable once built; safe to share between threads.</remarks>
internal abstract partial class VectorPrefilter
{
    /// <summary>The best vector prefilter this processor runs for the given sets, or null where it runs none.</summary>
    public static VectorPrefilter? TryCreate(IReadOnlyList<char> firstUnits, IReadOnlyList<char> secondUnits) =>
        Avx512BW.IsSupported ? new Scanner<Avx512Blocks>(new Avx512Blocks(Filter(firstUnits, Avx512Blocks.HashBits), Filter(secondUnits, Avx512Blocks.HashBits)))
        : Avx2.IsSupported ? new Scanner<Avx2Blocks>(new Avx2Blocks(Filter(firstUnits, ShuffleBlocks.HashBits), Filter(secondUnits, ShuffleBlocks.HashBits)))
        : Ssse3.IsSupported || AdvSimd.Arm64.IsSupported ? new Scanner<ShuffleBlocks>(new ShuffleBlocks(Filter(firstUnits, ShuffleBlocks.HashBits), Filter(secondUnits, ShuffleBlocks.HashBits)))
        : null;

    /// <summary>Which instructions the filters are read with, for tests and benchmarks to name the path.</summary>
    public abstract string Instructions { get; }

    /// <summary>
    /// Moves <paramref name="position"/> to the first position before <paramref name="last"/> whose two units pass
    /// the exact test of <paramref name="pairs"/> and returns true; or, having found none, to the first position it
    /// did not examine (at most <paramref name="last"/>) and returns false. <paramref name="cursor"/> keeps the block
    /// the search stopped in, for a search of the same text that goes on from inside it.
    /// </summary>
    public abstract bool TryFind(ReadOnlySpan<char> text, ref int position, int last, uint[] pairs, int groupShift, ref CandidateCursor cursor);

    /// <summary>A unit times an odd multiplier, the product's top <paramref name="bits"/> bits: the bit of the filter it tests.</summary>
    private static int Hash(char unit, ushort multiplier, int bits) => (ushort)(unit * multiplier) >> (16 - bits);

    /// <summary>The filter of <paramref name="units"/> with the fewest bits set among a fixed series of multipliers.</summary>
    private static Bloom Filter(IReadOnlyList<char> units, int hashBits)
    {
        // A fixed seed: the same glossary always gets the same filter.
        var random = new Random(20231227);
        Bloom? best = null;
        var fewest = int.MaxValue;
        for (var attempt = 0; attempt < 256; attempt++)
        {
            var multiplier = (ushort)((random.Next(1, 0x8000) * 2) + 1);
            var bits = new byte[(1 << hashBits) / 8];
            foreach (var unit in units)
            {
                var hash = Hash(unit, multiplier, hashBits);
                bits[hash >> 3] |= (byte)(1 << (hash & 7));
            }

            var set = 0;
            foreach (var b in bits)
            {
                set += BitOperations.PopCount(b);
            }

            if (set < fewest)
            {
                (fewest, best) = (set, new Bloom(multiplier, bits));
            }
        }

        return best!;
    }

    /// <summary>A filter's bits (bit <c>h</c> is bit <c>h % 8</c> of byte <c>h / 8</c>) and the multiplier that addresses them.</summary>
    private sealed record Bloom(ushort Multiplier, byte[] Bits);

    /// <summary>Tests a block of positions at a time.</summary>
    private interface IBlocks
    {
        /// <summary>The positions a block tests.</summary>
        static abstract int Length { get; }

        /// <summary>The instructions it reads the filters with.</summary>
        static abstract string Instructions { get; }

        /// <summary>A bit per position of <paramref name="block"/>'s first <see cref="Length"/> units: set where the unit and
        /// the one after it may pass (never clear where they do). The block holds one unit more, the last one's second.</summary>
        ulong Test(ReadOnlySpan<ushort> block);
    }

    /// <summary>The search loop, compiled for each kind of block.</summary>
    private sealed class Scanner<TBlocks>(TBlocks blocks) : VectorPrefilter
        where TBlocks : struct, IBlocks
    {
        private readonly TBlocks blocks = blocks;

        public override string Instructions => TBlocks.Instructions;

        public override bool TryFind(ReadOnlySpan<char> text, ref int position, int last, uint[] pairs, int groupShift, ref CandidateCursor cursor)
        {
            var text16 = MemoryMarshal.Cast<char, ushort>(text);
            ref var units = ref MemoryMarshal.GetReference(text16);
            ref var table = ref MemoryMarshal.GetReference(pairs.AsSpan());
            // Go on in the block the last search stopped in, whose bits before position were examined then; or start
            // as if after an empty block that ends at position.
            var (i, mask) = position < cursor.BlockEnd && position >= cursor.BlockEnd - TBlocks.Length
                ? (cursor.BlockEnd - TBlocks.Length, cursor.Pending & (ulong.MaxValue << (position - cursor.BlockEnd + TBlocks.Length)))
                : (position - TBlocks.Length, 0UL);
            while (true)
            {
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
                        cursor = new CandidateCursor(i + TBlocks.Length, mask & (mask - 1));
                        position = candidate;
                        return true;
                    }
                }

                i += TBlocks.Length;
                if (i >= last || i + TBlocks.Length + 1 > text.Length)
                {
                    position = Math.Min(i, last);
                    return false;
                }

                // A checked slice: the blocks' loads stay inside the text whatever the loop's bound says.
                mask = blocks.Test(text16.Slice(i, TBlocks.Length + 1));
            }
        }
    }
}
#endif
