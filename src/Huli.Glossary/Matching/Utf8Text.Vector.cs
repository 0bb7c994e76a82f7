#if NET8_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Huli.Glossary.Matching;

/// <content>
/// Decoding what Chinese text is made of, ASCII and well-formed three-byte characters, many characters at a time on the
/// cross-platform 128-bit vectors (SSSE3's byte shuffle on x64, TBL on ARM64) and one at a time where they mix. The
/// runtime's decoder (Utf8.ToUtf16) vectorizes ASCII only and takes the rest a character at a time, measured at about
/// half the speed on Chinese.
/// </content>
internal static partial class Utf8Text
{
    /// <summary>
    /// Decodes from <paramref name="index"/> while the text goes on in ASCII and well-formed three-byte characters, into
    /// <paramref name="units"/> from <paramref name="count"/> on: up to 16 ASCII bytes or up to four three-byte characters at a
    /// time, one character at a time in the last 16 bytes. Returns the byte it stopped at, a start of a
    /// character, for the general decoder to go on from. Never reads past <paramref name="end"/>; may write up to 12 units past
    /// the units it counts, within <paramref name="units"/>.
    /// </summary>
    public static int DecodeRuns(ReadOnlySpan<byte> text, int index, int end, Span<char> units, ref int count)
    {
        ref var source = ref MemoryMarshal.GetReference(text);
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(units));
        while (true)
        {
            if (Vector128.IsHardwareAccelerated && index + 16 <= end && count + 16 <= units.Length)
            {
                var bytes = Vector128.LoadUnsafe(ref source, (nuint)index);
                var nonAscii = bytes.ExtractMostSignificantBits();
                if ((nonAscii & 1) == 0)
                {
                    // The ASCII bytes up to the first other one, all 16 widened and only those counted.
                    var (lower, upper) = Vector128.Widen(bytes);
                    lower.StoreUnsafe(ref target, (nuint)count);
                    upper.StoreUnsafe(ref target, (nuint)(count + 8));
                    // A whole group is the common case, and a constant step keeps the next load off the mask's critical path.
                    var ascii = nonAscii == 0 ? 16 : BitOperations.TrailingZeroCount(nonAscii);
                    index += ascii;
                    count += ascii;
                    continue;
                }

                // Four characters' three bytes each into a 32-bit lane, lead byte highest: 1110xxxx 10xxxxxx 10xxxxxx. The
                // well-formed ones up to the first lane that is not one are kept: not an overlong form, not a surrogate.
                var lanes = ThreeByteLanes(bytes);
                var value = ((lanes >> 4) & Vector128.Create(0xF000u)) | ((lanes >> 2) & Vector128.Create(0x0FC0u)) | (lanes & Vector128.Create(0x3Fu));
                var wellFormed = Vector128.Equals(lanes & Vector128.Create(0x00F0C0C0u), Vector128.Create(0x00E08080u))
                    & Vector128.GreaterThanOrEqual(value, Vector128.Create(0x800u))
                    & ~Vector128.Equals(value & Vector128.Create(0xF800u), Vector128.Create(0xD800u));
                var mask = wellFormed.ExtractMostSignificantBits();
                var characters = mask == 0b1111 ? 4 : BitOperations.TrailingZeroCount(~mask);
                if (characters > 0)
                {
                    Vector128.Narrow(value, value).StoreUnsafe(ref target, (nuint)count);
                    index += 3 * characters;
                    count += characters;
                    continue;
                }
            }

            if (index >= end || count >= units.Length)
            {
                return index;
            }

            // One character, where the groups break: an ASCII byte among Chinese ones, or the last bytes. Any other length,
            // and U+FFFD (which may stand for an ill-formed sequence), is the general decoder's.
            var codePoint = Decode(text.Slice(0, end), index, out var length);
            if (codePoint is (>= 0x80 and < 0x800) or >= 0x10000 or Replacement)
            {
                return index;
            }

            Unsafe.Add(ref target, count++) = (ushort)codePoint;
            index += length;
        }
    }

    /// <summary>Bytes 0-2, 3-5, 6-8 and 9-11 of <paramref name="bytes"/> in the four 32-bit lanes, first byte highest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> ThreeByteLanes(Vector128<byte> bytes) =>
        // An index with the high bit set gives 0.
        ByteShuffle.Lookup(bytes, Vector128.Create((byte)2, 1, 0, 0xFF, 5, 4, 3, 0xFF, 8, 7, 6, 0xFF, 11, 10, 9, 0xFF)).AsUInt32();
}
#endif
