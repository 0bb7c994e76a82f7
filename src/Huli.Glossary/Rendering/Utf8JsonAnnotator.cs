using System;
using System.IO;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Annotate's JSON for UTF-8 read from a stream: the bytes are read in large blocks into one buffer, scanned there
/// (<see cref="MatchAutomaton"/> over bytes, a decoded window at a time), and each match goes to <see cref="MatchJson"/>
/// with the bytes it covers. Between blocks the buffer keeps the look-behind the rules need before the scan position; the scan stops short
/// of a block's end by the look-ahead they need after it, so a term split between two reads is found. Offsets are counted
/// in the unit asked for: bytes as they are, UTF-16 units as the windows decoded them, code points as a decoder would make them.
/// </summary>
internal sealed class Utf8JsonAnnotator
{
    private const int BlockLength = 1 << 20;

    // JSON is passed on to the stream in pieces of about this many bytes.
    private const int PieceLength = 1 << 16;

    private readonly MatchAutomaton automaton;
    private readonly Stream input;
    private readonly Stream output;
    private readonly OffsetUnit unit;
    private readonly ScopeFilter scope;
    private readonly MatchJson json;
    private readonly byte[] buffer;
    private SenseState state;
    private Utf8Window window;
    private long offset;
    private long illFormed;
    private bool lineHasText;

    public Utf8JsonAnnotator(MatchAutomaton automaton, Stream input, Stream output, AnnotationOptions options)
    {
        this.automaton = automaton;
        this.input = input;
        this.output = output;
        unit = options.Offsets;
        scope = new ScopeFilter(options.Scope);
        json = new MatchJson(options.IncludeDefinitions);
        state = new SenseState(options.Scan);
        buffer = new byte[Math.Max(BlockLength, 4 * (automaton.Utf8LookAhead + automaton.Utf8LookBehind))];
    }

    /// <summary>Annotates the whole input; returns how many ill-formed sequences it held.</summary>
    public long Run()
    {
        try
        {
            Annotate();
            return illFormed;
        }
        finally
        {
            window.Dispose();
        }
    }

    private void Annotate()
    {
        var lookAhead = automaton.Utf8LookAhead;
        var (filled, endOfInput) = Fill(0);

        // A byte order mark is no part of the text, as a decoder drops it.
        var position = filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        var counted = position;
        var minStart = position;
        json.Begin();
        while (true)
        {
            var text = new ReadOnlySpan<byte>(buffer, 0, filled);
            var stopAt = endOfInput ? filled : CharacterStart(text, Math.Max(position, filled - lookAhead), position);
            while (position < stopAt && automaton.TryFindNext(text, ref window, position, stopAt, minStart, ref state, out var start, out var end, out var spelling, out var evidence))
            {
                Count(text.Slice(counted, start - counted), plain: true);
                var before = offset;
                Count(text.Slice(start, end - start), plain: false);
                var (first, length) = unit == OffsetUnit.Utf16
                    ? (window.UnitsPassed - window.MatchedUnits, window.MatchedUnits)
                    : (before, offset - before);
                var match = new GlossaryMatch(start, end - start, spelling!.Entry, spelling.Text, evidence, MatchRules.ConfidenceOf(evidence, spelling.Generic));
                if (scope.Admits(match))
                {
                    json.Write(first, length, match, text.Slice(start, end - start));
                    if (json.Length >= PieceLength)
                    {
                        Pass();
                    }
                }

                position = counted = minStart = end;
            }

            if (endOfInput)
            {
                Count(text.Slice(counted), plain: true);
                break;
            }

            // No match starts before stopAt any more: count up to it, keep the look-behind, and read on. Whoever reads the
            // output gets what there is before the next read, which may wait on a pipe.
            position = Math.Max(position, stopAt);
            Count(text.Slice(counted, position - counted), plain: true);
            counted = position;
            var keepFrom = Math.Max(0, position - automaton.Utf8LookBehind);
            Array.Copy(buffer, keepFrom, buffer, 0, filled - keepFrom);
            position -= keepFrom;
            counted -= keepFrom;
            minStart = Math.Max(0, minStart - keepFrom);
            Pass();
            output.Flush();
            window.Reset();
            (filled, endOfInput) = Fill(filled - keepFrom);
        }

        json.End();
        Pass();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>A start of a character at or before <paramref name="index"/> and not before <paramref name="floor"/>, itself one: the
    /// scan, which walks the text one character at a time, steps on exactly this place.</summary>
    private static int CharacterStart(ReadOnlySpan<byte> text, int index, int floor)
    {
        for (var i = index; i > index - 4; i--)
        {
            if (i <= floor)
            {
                return floor;
            }

            if (!Utf8Text.IsContinuation(text[i]))
            {
                return i;
            }
        }

        // Three continuation bytes before it: no sequence reaches this far, so one starts here.
        return index;
    }

    /// <summary>Counts text that streams past in the offset unit and its ill-formed sequences and, for the scopes that need
    /// them, notes where lines and blank-line sections start, as <see cref="Annotator"/> does for decoded text. A match's own
    /// text is never blank.</summary>
    private void Count(ReadOnlySpan<byte> text, bool plain)
    {
        // Every byte counted was decoded by a window's stretch first, which notes any ill-formed sequence: well-formed input
        // costs nothing here.
        if (window.SawIllFormed)
        {
            illFormed += Utf8Text.IllFormedSequences(text);
        }

        // UTF-16 offsets need no count here: the windows decoded every byte the scan passed, and count their units.
        offset += unit switch
        {
            OffsetUnit.Utf8 => text.Length,
            OffsetUnit.CodePoints => CodePoints(text),
            _ => 0,
        };

        if (!scope.NeedsBoundaries)
        {
            return;
        }

        if (!plain)
        {
            lineHasText = true;
            return;
        }

        for (var i = 0; i < text.Length;)
        {
            var codePoint = Utf8Text.Decode(text, i, out var width);
            i += width;
            if (codePoint == '\n')
            {
                scope.StartBlock();
                if (!lineHasText)
                {
                    scope.StartSection();
                }

                lineHasText = false;
            }
            else if (codePoint >= 0x10000 || !char.IsWhiteSpace((char)codePoint))
            {
                lineHasText = true;
            }
        }
    }

    private static int CodePoints(ReadOnlySpan<byte> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; count++)
        {
            Utf8Text.Decode(text, i, out var width);
            i += width;
        }

        return count;
    }

    private void Pass()
    {
        json.WriteTo(output);
        json.Clear();
    }

    /// <summary>Reads after the <paramref name="kept"/> bytes until the buffer is full, the input ends, or there is enough new text to
    /// move on (a slow source, a pipe, gets its matches as it sends, not a megabyte later).</summary>
    private (int Filled, bool EndOfInput) Fill(int kept)
    {
        var filled = kept;
        while (filled < buffer.Length)
        {
            var read = input.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return (filled, true);
            }

            filled += read;
            if (filled - kept > automaton.Utf8LookAhead)
            {
                break;
            }
        }

        return (filled, false);
    }
}
