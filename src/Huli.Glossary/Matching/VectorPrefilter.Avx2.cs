#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Huli.Glossary.Matching;

/// <content>The byte-shuffle filters 32 units a step with AVX2, whose byte shuffle reads within each 128-bit half: the
/// tables are repeated in both halves.</content>
internal abstract partial class VectorPrefilter
{
    private readonly struct Avx2Blocks(Bloom first, Bloom second) : IBlocks
    {
        private readonly Filter256x2 first = new(first);
        private readonly Filter256x2 second = new(second);

        public static int Length => 32;

        public static string Instructions => "AVX2";

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Test(ReadOnlySpan<ushort> block)
        {
            var firsts = Vector256.Narrow(first.Hash(Vector256.Create(block)), first.Hash(Vector256.Create(block.Slice(16))));
            var seconds = Vector256.Narrow(second.Hash(Vector256.Create(block.Slice(1))), second.Hash(Vector256.Create(block.Slice(17))));
            var both = Vector256.Min(first.Test(firsts), second.Test(seconds));
            return ~Vector256.Equals(both, Vector256<byte>.Zero).ExtractMostSignificantBits();
        }
    }

    private readonly struct Filter256x2(Bloom bloom)
    {
        private static readonly Vector256<byte> BitOf = Vector256.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128);

        private readonly Vector256<ushort> factor = Vector256.Create(bloom.Multiplier);
        private readonly Vector256<byte> low = Vector256.Create(Vector128.Create(bloom.Bits.AsSpan(0, 16)), Vector128.Create(bloom.Bits.AsSpan(0, 16)));
        private readonly Vector256<byte> high = Vector256.Create(Vector128.Create(bloom.Bits.AsSpan(16, 16)), Vector128.Create(bloom.Bits.AsSpan(16, 16)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<ushort> Hash(Vector256<ushort> units) => Vector256.ShiftRightLogical(units * factor, 16 - ShuffleBlocks.HashBits);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<byte> Test(Vector256<byte> hashes)
        {
            var index = Vector256.ShiftRightLogical(hashes, 3);
            var bytes = Avx2.Shuffle(low, index + Vector256.Create((byte)0x70)) | Avx2.Shuffle(high, index - Vector256.Create((byte)16));
            return bytes & Avx2.Shuffle(BitOf, hashes & Vector256.Create((byte)7));
        }
    }
}
#endif
