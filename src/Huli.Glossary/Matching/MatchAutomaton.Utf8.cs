using System;

namespace Huli.Glossary.Matching;

/// <content>
/// The same matcher over UTF-8 bytes. The bytes are decoded a window at a time into UTF-16 (<see cref="Utf8Window"/>) and
/// the UTF-16 matcher, prefilter and rules included, finds the matches there; their ends are mapped back to bytes. The
/// runtime's vectorized decoder and the vector prefilter together beat every walk over the bytes themselves that was
/// measured (DESIGN.md), and the rules exist once.
/// </content>
internal sealed partial class MatchAutomaton
{
    // The units a window decodes past the scan position: large enough that decoding the look-behind and look-ahead again
    // for each window costs little, small enough to stay in the fastest caches with its bytes.
    internal const int WindowStretch = 16 * 1024;

    /// <summary>The UTF-16 units a window holds before a candidate: all the rules read before a match.</summary>
    private int WindowBehind => MaxContextLength;

    /// <summary>The UTF-16 units a window holds from the place matches may no longer start: the longest match and the rules'
    /// look-ahead after it (one more than a match starting just before that place reads).</summary>
    private int WindowAhead => MaxRawLength + MaxContextLength;

    /// <summary>
    /// The bytes a stream must keep before the scan position and after the last position a match may start, so that every
    /// window has its units: a UTF-16 unit takes at most 3 bytes (a character beyond the BMP takes 4 for 2 units, an
    /// ill-formed sequence at most 3 for its one U+FFFD). A window may start inside a character: each byte left of it decodes
    /// to a U+FFFD of its own, more units than the character had, and all of them before anything the rules read.
    /// </summary>
    public int Utf8LookBehind => 3 * WindowBehind;

    /// <inheritdoc cref="Utf8LookBehind"/>
    public int Utf8LookAhead => 3 * WindowAhead;

    /// <summary>
    /// What <see cref="TryFindNext(ReadOnlySpan{char}, int, int, int, ref SenseState, out int, out int, out Spelling?, out GlossaryEvidence)"/>
    /// finds, over UTF-8: the leftmost match starting in [<paramref name="from"/>, <paramref name="stopAt"/>), in bytes.
    /// <paramref name="from"/>, <paramref name="stopAt"/> and <paramref name="minStart"/> (at most <paramref name="from"/>) must
    /// be starts of characters as a decoder walks the text: the start or end of the text, the end of a match, a byte that
    /// continues no sequence. <paramref name="window"/> holds what was decoded for the call before, reused when this call
    /// goes on from its match; the caller resets it when the bytes under it change.
    /// </summary>
    public bool TryFindNext(
        ReadOnlySpan<byte> text,
        ref Utf8Window window,
        int from,
        int stopAt,
        int minStart,
        ref SenseState state,
        out int start,
        out int end,
        out Spelling? spelling,
        out GlossaryEvidence evidence)
    {
        while (from < stopAt)
        {
            if (!window.Continues(from, stopAt))
            {
                window.Decode(text, Math.Max(0, from - Utf8LookBehind), minStart, from, stopAt, WindowStretch, WindowAhead);
            }

            if (TryFindNext(window.Units, window.ScanUnit, window.StopUnit, window.LeastUnit, ref state, out var unitStart, out var unitEnd, out spelling, out evidence))
            {
                (start, end) = window.Matched(unitStart, unitEnd);
                return true;
            }

            from = window.Leave();
        }

        start = end = 0;
        spelling = null;
        evidence = default;
        return false;
    }
}
