using System;
using System.Buffers;
#if NET8_0_OR_GREATER
using System.Text;
using System.Text.Unicode;
#endif

namespace Huli.Glossary.Matching;

/// <summary>
/// A stretch of UTF-8 decoded into UTF-16 as the .NET decoders decode it (each maximal ill-formed subpart one U+FFFD), for
/// the UTF-16 matcher to scan, and the way back from its units to the bytes: a cursor that only moves forward, so that
/// mapping every match of a window costs one pass over it, and the U+FFFDs that stand for fewer than their own 3 bytes.
/// </summary>
/// <remarks>Its buffers come from the shared array pool: <see cref="Dispose"/> returns them. A copy shares them, so a
/// window is passed by reference.</remarks>
internal struct Utf8Window : IDisposable
{
    // The bytes the runtime's decoder takes at a time where the vector runs stop: a few characters of another kind.
    private const int PieceLength = 32;

    private char[]? units;

    // One entry per U+FFFD that replaced an ill-formed sequence, in order: its unit index times 4 plus the sequence's length.
    private int[]? replaced;
    private int count;
    private int replacements;
    private int decodedTo;
    private int stopAt;

    // A unit of the window and the byte it was decoded from, never past a match still to be mapped (it starts at the
    // farthest back a match may widen to, and follows each match's end); and the first entry of `replaced` at or after it.
    private int cursorUnit;
    private int cursorByte;
    private int cursorReplacement;

    /// <summary>The decoded units.</summary>
    public readonly ReadOnlySpan<char> Units => units.AsSpan(0, count);

    /// <summary>Where the scan goes on in <see cref="Units"/>: the unit of the scan position, or of the last match's end.</summary>
    public int ScanUnit { get; private set; }

    /// <summary>The unit before which a match may no longer start in this window.</summary>
    public int StopUnit { get; private set; }

    /// <summary>Whether any window's bytes where matches may start held an ill-formed sequence: a reader that counts them
    /// as it passes (annotate's summary) has nothing to count until it is set. Never cleared.</summary>
    public bool SawIllFormed { get; private set; }

    /// <summary>The byte of <see cref="StopUnit"/>: where the next window's scan starts.</summary>
    public int StopByte { get; private set; }

    /// <summary>How far back a match may widen in this window to take in its opening quote.</summary>
    public int LeastUnit { get; private set; }

    /// <summary>The UTF-16 units of the text the scan has passed, since the first window: what each window decoded from its
    /// scan position to its stop or to the end of its last match. A scan position starts a character, so these units are the
    /// text's own as a decoder makes them, whatever a window decoded before it.</summary>
    public long UnitsPassed { get; private set; }

    /// <summary>The UTF-16 units of the last match, the last of <see cref="UnitsPassed"/>.</summary>
    public int MatchedUnits { get; private set; }

    /// <summary>Whether a scan from the byte <paramref name="from"/> goes on in this window: it is where the last match ended,
    /// and the window was decoded for the same end of the scan.</summary>
    public readonly bool Continues(int from, int stopAt) =>
        units is not null && from == cursorByte && from < StopByte && stopAt == this.stopAt;

    /// <summary>
    /// Decodes the bytes from <paramref name="windowStart"/>: up to the scan position <paramref name="from"/>, then at most
    /// <paramref name="stretch"/> units where matches may start (not past <paramref name="stopAt"/>), then at most
    /// <paramref name="lookAhead"/> units after them that the rules may read.
    /// </summary>
    public void Decode(ReadOnlySpan<byte> text, int windowStart, int minStart, int from, int stopAt, int stretch, int lookAhead)
    {
        // A unit takes at least a byte, so the bytes before the scan position bound its units.
        var needed = Math.Min((from - windowStart) + stretch + lookAhead, text.Length - windowStart + 1);
        if (units is null || units.Length < needed)
        {
            Dispose();
            units = ArrayPool<char>.Shared.Rent(needed);
            replaced = ArrayPool<int>.Shared.Rent(needed);
        }

        count = replacements = 0;
        decodedTo = windowStart;
        this.stopAt = stopAt;
        var limit = units.Length;
        // A match may widen back to the last one's end, or to the window's start if that is further on.
        var least = Math.Max(minStart, windowStart);
        Read(text, least, limit);
        LeastUnit = count;
        (cursorUnit, cursorByte, cursorReplacement) = (count, least, replacements);
        Read(text, from, limit);
        ScanUnit = count;
        var before = replacements;
        StopByte = Read(text, stopAt, Math.Min(limit, count + stretch));
        StopUnit = count;

        // Only this stretch: the look-behind was some window's stretch before, and the look-ahead may end in a character
        // the block's end cut, which the next block completes.
        SawIllFormed |= replacements > before;
        Read(text, text.Length, Math.Min(limit, count + lookAhead));
    }

    /// <summary>Forgets what was decoded, for bytes that changed under the window; keeps the buffers.</summary>
    public void Reset() => cursorByte = -1;

    /// <summary>The bytes of a match in <see cref="Units"/> (the first found after the last one), and the scan goes on after it.</summary>
    public (int Start, int End) Matched(int unitStart, int unitEnd)
    {
        var start = ByteAt(unitStart);
        var end = ByteAt(unitEnd);
        UnitsPassed += unitEnd - ScanUnit;
        MatchedUnits = unitEnd - unitStart;
        ScanUnit = unitEnd;
        LeastUnit = unitEnd;
        return (start, end);
    }

    /// <summary>The scan passes the rest of this window, where no match starts; returns <see cref="StopByte"/>, where it goes on.</summary>
    public int Leave()
    {
        UnitsPassed += StopUnit - ScanUnit;
        return StopByte;
    }

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        if (units is not null)
        {
            ArrayPool<char>.Shared.Return(units);
            ArrayPool<int>.Shared.Return(replaced!);
            units = null;
            replaced = null;
        }
    }

    /// <summary>The byte the unit at <paramref name="index"/> (not before the cursor) was decoded from, and the cursor moved there.
    /// The unit is never the second half of a pair: the decoder writes pairs whole, and a match cannot end or start inside one
    /// (the validator refuses spellings and context words with a lone surrogate).</summary>
    private int ByteAt(int index)
    {
        var offset = cursorByte + Utf8Length(units.AsSpan(cursorUnit, index - cursorUnit));
        for (; cursorReplacement < replacements && replaced![cursorReplacement] / 4 < index; cursorReplacement++)
        {
            offset += (replaced[cursorReplacement] & 3) - 3;
        }

        (cursorUnit, cursorByte) = (index, offset);
        return offset;
    }

    /// <summary>Decodes on up to the byte <paramref name="until"/> (a start of a character) or until the buffer holds
    /// <paramref name="unitLimit"/> units, whichever comes first, never half a character; returns the byte it reached.</summary>
    private int Read(ReadOnlySpan<byte> text, int until, int unitLimit)
    {
        var next = decodedTo;
        while (next < until)
        {
#if NET8_0_OR_GREATER
            next = Utf8Text.DecodeRuns(text, next, until, units.AsSpan(0, unitLimit), ref count);

            // What the runs do not take (other lengths, a mix of them, ill-formed bytes, the last bytes) goes through the
            // runtime's decoder a short piece at a time, after which the runs are tried again. It also ends the loop where
            // the runs stopped at a bound: given no bytes it is done, given no room it says so.
            var piece = Math.Min(until - next, PieceLength);
            var status = Utf8.ToUtf16(text.Slice(next, piece), units.AsSpan(count, unitLimit - count), out var read, out var written, replaceInvalidSequences: false, isFinalBlock: next + piece == until);
            next += read;
            count += written;
            if (status != OperationStatus.InvalidData)
            {
                if (status == OperationStatus.DestinationTooSmall)
                {
                    break;
                }

                continue;
            }

            if (count == unitLimit)
            {
                break;
            }

            Utf8Text.Decode(text.Slice(0, until), next, out var length);
            replaced![replacements++] = (count * 4) + length;
            units![count++] = (char)Utf8Text.Replacement;
            next += length;
#else
            if (count == unitLimit)
            {
                break;
            }

            var codePoint = Utf8Text.Decode(text.Slice(0, until), next, out var length);
            if (codePoint >= 0x10000)
            {
                if (count + 2 > unitLimit)
                {
                    break;
                }

                units![count++] = Utf8Text.FirstUnit(codePoint);
                units[count++] = Utf8Text.LowSurrogate(codePoint);
            }
            else
            {
                if (codePoint == Utf8Text.Replacement && !Utf8Text.IsReplacementCharacter(text, next, length))
                {
                    replaced![replacements++] = (count * 4) + length;
                }

                units![count++] = (char)codePoint;
            }

            next += length;
#endif
        }

        decodedTo = next;
        return next;
    }

    private static int Utf8Length(ReadOnlySpan<char> units)
    {
#if NET8_0_OR_GREATER
        // Well-formed UTF-16, as a decoder writes it: the runtime's vectorized count is exact.
        return Encoding.UTF8.GetByteCount(units);
#else
        var length = 0;
        foreach (var unit in units)
        {
            length += unit < 0x80 ? 1 : unit < 0x800 ? 2 : char.IsSurrogate(unit) ? 2 : 3;
        }

        return length;
#endif
    }
}
