#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Huli.Glossary.Matching;

/// <content>
/// The filters as 128-bit byte shuffles read them, on x64 without AVX-512 (SSSE3) and on ARM64: 256 bits in two
/// 16-byte tables, 16 units a step. The units' hashes are narrowed to one byte each, whose top 5 bits pick a byte of
/// the tables and whose low 3 bits a bit of it.
/// </content>
internal abstract partial class VectorPrefilter
{
    private readonly struct ShuffleBlocks(Bloom first, Bloom second) : IBlocks
    {
        /// <summary>A byte of the two tables (5 bits) and a bit in the byte (3 bits).</summary>
        public const int HashBits = 8;

        private readonly Filter256 first = new(first);
        private readonly Filter256 second = new(second);

        public static int Length => 16;

        public static string Instructions => "shuffle";

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Test(ReadOnlySpan<ushort> block)
        {
            var firsts = Vector128.Narrow(first.Hash(Vector128.Create(block)), first.Hash(Vector128.Create(block.Slice(8))));
            var seconds = Vector128.Narrow(second.Hash(Vector128.Create(block.Slice(1))), second.Hash(Vector128.Create(block.Slice(9))));
            // Each test leaves its own bit set, so the two meet in the smaller being non-zero, not in their bits' AND.
            var both = Vector128.Min(first.Test(firsts), second.Test(seconds));
            return ~Vector128.Equals(both, Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF;
        }
    }

    private readonly struct Filter256(Bloom bloom)
    {
        // Bit i of a byte, for the low 3 bits of a hash.
        private static readonly Vector128<byte> BitOf = Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128);

        private readonly Vector128<ushort> factor = Vector128.Create(bloom.Multiplier);
        private readonly Vector128<byte> low = Vector128.Create(bloom.Bits.AsSpan(0, 16));
        private readonly Vector128<byte> high = Vector128.Create(bloom.Bits.AsSpan(16, 16));

        /// <summary>Each unit's hash, in the low byte of its lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<ushort> Hash(Vector128<ushort> units) => Vector128.ShiftRightLogical(units * factor, 16 - ShuffleBlocks.HashBits);

        /// <summary>Non-zero in each lane whose hash's bit is set.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<byte> Test(Vector128<byte> hashes)
        {
            var index = Vector128.ShiftRightLogical(hashes, 3);
            var bytes = ByteShuffle.Lookup(low, FirstTableIndex(index)) | ByteShuffle.Lookup(high, index - Vector128.Create((byte)16));
            return bytes & ByteShuffle.Lookup(BitOf, hashes & Vector128.Create((byte)7));
        }

        /// <summary>Indices 0-31 made to read the first table for 0-15 and give 0 for 16-31: SSSE3 zeroes a lane for an
        /// index with its top bit set and otherwise takes the low 4 bits; TBL zeroes one for any index past 15.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<byte> FirstTableIndex(Vector128<byte> index) =>
            Ssse3.IsSupported ? index + Vector128.Create((byte)0x70) : index;
    }
}
#endif
