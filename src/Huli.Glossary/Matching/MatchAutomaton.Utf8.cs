using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Huli.Glossary.Matching;

/// <content>
/// The same matcher over UTF-8 bytes. The prefilter and the trie walk read the bytes in place, each character folded
/// through the same tables as its UTF-16 unit; only where a walk reaches a spelling or a name of the place is a window
/// of a few dozen characters around it decoded, and the UTF-16 matcher and its rules decide there, so the two can never
/// disagree. Offsets are bytes of the caller's text.
/// </content>
internal sealed partial class MatchAutomaton
{
    /// <summary>The UTF-16 units a window holds before a candidate: all the rules read before a match.</summary>
    private int WindowBehind => MaxContextLength + 2;

    /// <summary>The UTF-16 units a window holds from a candidate on: the longest match and the rules' look-ahead after it.</summary>
    private int WindowAhead => MaxRawLength + MaxContextLength + 2;

    /// <summary>
    /// The bytes a stream must keep before the scan position and after the last position a match may start, so that every
    /// window has its units: a UTF-16 unit takes at most 3 bytes (a character beyond the BMP takes 4 for 2 units, an
    /// ill-formed sequence at most 3 for its one U+FFFD), and 3 more bytes reach the start of a character.
    /// </summary>
    public int Utf8LookBehind => (3 * WindowBehind) + 3;

    /// <inheritdoc cref="Utf8LookBehind"/>
    public int Utf8LookAhead => (3 * WindowAhead) + 4;

    /// <summary>
    /// What <see cref="TryFindNext(ReadOnlySpan{char}, int, int, int, ref SenseState, out int, out int, out Spelling?, out GlossaryEvidence)"/>
    /// finds, over UTF-8: the leftmost match starting in [<paramref name="from"/>, <paramref name="stopAt"/>), in bytes.
    /// <paramref name="from"/> must be the start of a character (the start of the text, or the end of a match).
    /// </summary>
    public bool TryFindNext(
        ReadOnlySpan<byte> text, int from, int stopAt, int minStart, ref SenseState state, out int start, out int end, out Spelling? spelling, out GlossaryEvidence evidence)
    {
        for (var position = NextCandidateUtf8(text, from, stopAt); position < stopAt; position = NextCandidateUtf8(text, position + LengthAt(text, position), stopAt))
        {
            if (Walk(text, position) is var walked and > 0 && TryMatchInWindow(text, position, walked, minStart, ref state, out start, out end, out spelling, out evidence))
            {
                return true;
            }
        }

        start = end = 0;
        spelling = null;
        evidence = default;
        return false;
    }

    /// <summary>
    /// The first character start in [<paramref name="from"/>, <paramref name="stopAt"/>) whose first UTF-16 unit and the
    /// unit after it pass the prefilter of <see cref="NextCandidateScalar"/>, or <paramref name="stopAt"/>. The hot loop
    /// of a UTF-8 scan: ASCII and well-formed three-byte characters (all of Chinese) are decoded inline.
    /// </summary>
    internal int NextCandidateUtf8(ReadOnlySpan<byte> text, int from, int stopAt)
    {
        if (from >= stopAt)
        {
            return stopAt;
        }

        ref var bytes = ref MemoryMarshal.GetReference(text);
        ref var rough = ref MemoryMarshal.GetReference(coarse.AsSpan());
        ref var table = ref MemoryMarshal.GetReference(pairs.AsSpan());
        var length = text.Length;
        var position = from;
        var unit = UnitAt(text, ref bytes, position, out var width);
        var first = (uint)Unsafe.Add(ref rough, (int)unit);
        while (position < stopAt)
        {
            var next = position + width;
            uint follower;
            int nextWidth;
            if (width == 4)
            {
                // A character beyond the BMP is two units: the pair tested at its start is its own two halves.
                follower = Utf8Text.LowSurrogate(Utf8Text.Decode(text, position, out _));
                nextWidth = 0;
            }
            else if (next < length)
            {
                follower = UnitAt(text, ref bytes, next, out nextWidth);
            }
            else
            {
                // The text's last unit has no second unit to test.
                return (Unsafe.Add(ref table, (int)unit) & 31) != 0 ? position : stopAt;
            }

            var second = (uint)Unsafe.Add(ref rough, (int)follower);
            if ((first & (second >> 1) & 1) != 0)
            {
                var group = Unsafe.Add(ref table, (int)unit) & 31;
                if (((1u << (int)(group + GroupShift)) & Unsafe.Add(ref table, (int)follower)) != 0)
                {
                    return position;
                }
            }

            if (width == 4)
            {
                // Nothing starts at a low surrogate: move on to the next character whole.
                if (next >= length)
                {
                    return stopAt;
                }

                follower = UnitAt(text, ref bytes, next, out nextWidth);
                second = (uint)Unsafe.Add(ref rough, (int)follower);
            }

            position = next;
            unit = follower;
            width = nextWidth;
            first = second;
        }

        return stopAt;
    }

    /// <summary>The first UTF-16 unit of the character at <paramref name="index"/> and its length in bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint UnitAt(ReadOnlySpan<byte> text, ref byte bytes, int index, out int width)
    {
        uint lead = Unsafe.Add(ref bytes, index);
        if (lead < 0x80)
        {
            width = 1;
            return lead;
        }

        if ((lead & 0xF0) == 0xE0 && index + 2 < text.Length)
        {
            uint b1 = Unsafe.Add(ref bytes, index + 1);
            uint b2 = Unsafe.Add(ref bytes, index + 2);
            var value = ((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);

            // Both continuation bytes in range, no overlong form, no surrogate: then the three bytes are one character.
            if ((((b1 & 0xC0) << 2) | (b2 & 0xC0)) == 0x280 && value >= 0x800 && value - 0xD800 >= 0x800)
            {
                width = 3;
                return value;
            }
        }

        return SlowUnitAt(text, index, out width);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint SlowUnitAt(ReadOnlySpan<byte> text, int index, out int width) => Utf8Text.FirstUnit(Utf8Text.Decode(text, index, out width));

    private static int LengthAt(ReadOnlySpan<byte> text, int index)
    {
        Utf8Text.Decode(text, index, out var length);
        return length;
    }

    /// <summary>
    /// Walks the trie from <paramref name="start"/> as the UTF-16 matcher would and returns how many UTF-16 units it read
    /// before the walk died, or 0 when it reached no spelling and no name of the place on the way: the only places where
    /// the UTF-16 matcher would do anything but move on, and so the only ones worth decoding a window for.
    /// </summary>
    private int Walk(ReadOnlySpan<byte> text, int start)
    {
        var walk = 0;
        var afterSeparator = false;
        var reaches = false;
        var units = 0;
        for (var i = start; i < text.Length && units < MaxRawLength;)
        {
            var codePoint = Utf8Text.DecodeInline(text, i, out var width);
            i += width;
            var pair = codePoint >= 0x10000;
            for (var half = 0; half < (pair ? 2 : 1) && units < MaxRawLength; half++)
            {
                var unit = half == 0 ? Utf8Text.FirstUnit(codePoint) : Utf8Text.LowSurrogate(codePoint);
                units++;
                var cls = classOf[unit];
                if (cls == IgnorableClass || (cls == SeparatorClass && afterSeparator))
                {
                    continue;
                }

                afterSeparator = cls == SeparatorClass;
                walk = walk == 0 ? rootNext[cls] : Next(walk, cls);
                if (walk == Dead)
                {
                    return reaches ? units : 0;
                }

                reaches |= accepting[walk] is not null || placeEnds[walk];
            }
        }

        return reaches ? units : 0;
    }

    /// <summary>Decodes the characters around <paramref name="candidate"/> (the walk's <paramref name="walked"/> units, what the rules
    /// read before and after them) and lets the UTF-16 matcher decide there, with its rules; maps what it finds back to bytes.</summary>
    private bool TryMatchInWindow(
        ReadOnlySpan<byte> text, int candidate, int walked, int minStart, ref SenseState state, out int start, out int end, out Spelling? spelling, out GlossaryEvidence evidence)
    {
        // Decoding starts at a character: a byte that continues no sequence, or the fourth of a run of continuation bytes
        // (no sequence has more than three), which stands alone as a U+FFFD whatever came before.
        var windowStart = Math.Max(0, candidate - Utf8LookBehind);
        for (var skipped = 0; skipped < 3 && windowStart < candidate && Utf8Text.IsContinuation(text[windowStart]); skipped++)
        {
            windowStart++;
        }

        // Every unit before the candidate takes at least a byte; from it on, the walk, the rules' look-ahead after it, and a
        // surrogate's second half. The UTF-16 walk over the window stops where this one did, at the same unit.
        var ahead = walked + MaxContextLength + 2;
        var capacity = (candidate - windowStart) + ahead + 2;
        var units = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        var offsets = capacity <= 512 ? stackalloc int[capacity + 1] : new int[capacity + 1];
        var count = 0;
        var at = -1;
        var least = 0;
        var i = windowStart;
        while (i < text.Length && (at < 0 || count < at + ahead))
        {
            if (i == candidate)
            {
                at = count;
            }

            if (i == minStart)
            {
                least = count;
            }

            var codePoint = Utf8Text.DecodeInline(text, i, out var width);
            offsets[count] = i;
            units[count++] = Utf8Text.FirstUnit(codePoint);
            if (codePoint >= 0x10000)
            {
                offsets[count] = i;
                units[count++] = Utf8Text.LowSurrogate(codePoint);
            }

            i += width;
        }

        offsets[count] = i;
        var window = units.Slice(0, count);
        if (TryMatchAt(window, at, ref state, out var windowEnd, out spelling, out evidence, out var quoted))
        {
            var (first, last) = quoted ? MatchRules.Balance(window, at, windowEnd, least) : (at, windowEnd);
            start = offsets[first];
            end = offsets[last];
            return true;
        }

        start = end = 0;
        return false;
    }
}
