using System;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.Intrinsics;
#endif
using System.Runtime.CompilerServices;

namespace Huli.Glossary.Matching;

/// <summary>
/// Reads UTF-8 one character at a time as the .NET decoders read it (Encoding.UTF8, Utf8.ToUtf16, StreamReader):
/// each maximal subpart of an ill-formed sequence becomes one U+FFFD (Unicode's "substitution of maximal subparts",
/// chapter 3 and table 3-7), so a scan of bytes sees the same UTF-16 units as a scan of the decoded string.
/// </summary>
/// <remarks>Written out rather than taken from System.Text.Unicode, which netstandard2.0 lacks.</remarks>
internal static partial class Utf8Text
{
    /// <summary>What an ill-formed sequence decodes to.</summary>
    public const int Replacement = 0xFFFD;

    /// <summary>Whether <paramref name="b"/> continues a sequence (10xxxxxx). A decoder starts afresh at any other byte, so
    /// decoding from such a byte agrees with decoding from the start of the text; a continuation byte starts a character
    /// (a U+FFFD of its own) only when no sequence takes it in, as after three others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    /// <summary>The ill-formed sequences of <paramref name="text"/>, each one U+FFFD to a decoder; a U+FFFD written as its own
    /// three bytes is not one.</summary>
    public static int IllFormedSequences(ReadOnlySpan<byte> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            count += Decode(text, i, out var length) == Replacement && !IsReplacementCharacter(text, i, length) ? 1 : 0;
            i += length;
        }

        return count;
    }

    /// <summary>
    /// The UTF-16 units, or with <paramref name="codePoints"/> the code points, <paramref name="text"/> decodes to if it is
    /// well-formed: one for each byte that continues no sequence, and for units a second for each character beyond the BMP.
    /// Ill-formed text may decode to another count; a caller that cannot know checks the count where it matters.
    /// </summary>
    public static long WellFormedLength(ReadOnlySpan<byte> text, bool codePoints)
    {
        long count = 0;
        var i = 0;
#if NET8_0_OR_GREATER
        // Many times faster than the runtime's count, which validates as it counts.
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= text.Length; i += 16)
            {
                var bytes = Vector128.Create(text.Slice(i, 16));
                var continuations = Vector128.Equals(bytes & Vector128.Create((byte)0xC0), Vector128.Create((byte)0x80)).ExtractMostSignificantBits();
                count += 16 - BitOperations.PopCount(continuations);
                if (!codePoints)
                {
                    count += BitOperations.PopCount(Vector128.GreaterThanOrEqual(bytes, Vector128.Create((byte)0xF0)).ExtractMostSignificantBits());
                }
            }
        }
#endif
        for (; i < text.Length; i++)
        {
            count += (IsContinuation(text[i]) ? 0 : 1) + (!codePoints && text[i] >= 0xF0 ? 1 : 0);
        }

        return count;
    }

    /// <summary>The code points <paramref name="text"/> decodes to, each ill-formed sequence one.</summary>
    public static int CodePoints(ReadOnlySpan<byte> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; count++)
        {
            Decode(text, i, out var length);
            i += length;
        }

        return count;
    }

    /// <summary>Whether the <paramref name="length"/> bytes at <paramref name="index"/>, which decode to U+FFFD, are U+FFFD
    /// itself rather than an ill-formed sequence replaced by it.</summary>
    public static bool IsReplacementCharacter(ReadOnlySpan<byte> text, int index, int length) =>
        length == 3 && text[index] == 0xEF && text[index + 1] == 0xBF && text[index + 2] == 0xBD;

    /// <summary>The code point at <paramref name="index"/> (U+FFFD for an ill-formed sequence) and how many bytes it takes.</summary>
    public static int Decode(ReadOnlySpan<byte> text, int index, out int length)
    {
        int lead = text[index];
        if (lead < 0x80)
        {
            length = 1;
            return lead;
        }

        // Most of Chinese text: a three-byte character whose lead byte (not E0 or ED) lets both others range over 80-BF.
        if (lead is >= 0xE1 and <= 0xEF and not 0xED && index + 2 < text.Length)
        {
            int b1 = text[index + 1];
            int b2 = text[index + 2];
            if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80)
            {
                length = 3;
                return ((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
            }
        }

        // The lead byte decides how many continuation bytes follow and the range of the first one (table 3-7).
        int needed, low = 0x80, high = 0xBF, value;
        switch (lead)
        {
            case >= 0xC2 and <= 0xDF:
                needed = 1;
                value = lead & 0x1F;
                break;
            case >= 0xE0 and <= 0xEF:
                needed = 2;
                value = lead & 0x0F;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
                break;
            case >= 0xF0 and <= 0xF4:
                needed = 3;
                value = lead & 0x07;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
                break;
            default:
                length = 1;
                return Replacement;
        }

        length = 1;
        for (var i = 0; i < needed; i++)
        {
            if (index + length >= text.Length)
            {
                return Replacement;
            }

            int next = text[index + length];
            if (next < low || next > high)
            {
                return Replacement;
            }

            value = (value << 6) | (next & 0x3F);
            length++;
            low = 0x80;
            high = 0xBF;
        }

        return value;
    }

    /// <summary>The first UTF-16 unit of a code point: itself, or its high surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FirstUnit(int codePoint) => codePoint < 0x10000 ? (char)codePoint : (char)(0xD7C0 + (codePoint >> 10));

    /// <summary>The low surrogate of a code point beyond the BMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char LowSurrogate(int codePoint) => (char)(0xDC00 + (codePoint & 0x3FF));
}
