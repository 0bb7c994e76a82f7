using System;
using System.IO;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Rendering;

/// <summary>
/// One thread's share of <see cref="Utf8JsonAnnotator"/>: scans the bytes onwards from its position with its own window and
/// sense of the text, writes each match's JSON, and counts what it passes: the offset in the unit asked for, the ill-formed
/// sequences, and the lines and blank-line sections the scopes need.
/// </summary>
/// <remarks>Not thread-safe: one thread uses a scanner at a time.</remarks>
internal sealed class Utf8JsonScanner : IDisposable
{
    private readonly MatchAutomaton automaton;
    private readonly OffsetUnit unit;
    private readonly ScopeFilter scope;
    private Utf8Window window;

    // The offset of the position: counted here in bytes and code points; UTF-16 units are the window's count since this
    // base, which takes the count of a part another scanner made.
    private long offset;
    private long unitsBase;
    private bool lineHasText;
    private SenseState initial;
    private int partStart;
    private long partOffset;

    public Utf8JsonScanner(MatchAutomaton automaton, AnnotationOptions options)
    {
        this.automaton = automaton;
        unit = options.Offsets;
        scope = new ScopeFilter(options.Scope);
        Json = new MatchJson(options.IncludeDefinitions);
        State = new SenseState(options.Scan);
    }

    /// <summary>The JSON of the matches found, until taken.</summary>
    public MatchJson Json { get; }

    /// <summary>What the scan knows of the text before <see cref="Position"/>.</summary>
    public SenseState State;

    /// <summary>Where the scan goes on: a start of a character, everything before it counted.</summary>
    public int Position { get; private set; }

    /// <summary>How far back the next match may widen: the end of the last one, or where the text starts.</summary>
    public int MinStart { get; private set; }

    /// <summary>The start of the first match found since <see cref="Part"/>, or null.</summary>
    public int? FirstStart { get; private set; }

    /// <summary>The ill-formed sequences passed.</summary>
    public long IllFormed { get; private set; }

    /// <summary>The offset of <see cref="Position"/> in the unit asked for.</summary>
    public long Offset => unit == OffsetUnit.Utf16 ? unitsBase + window.UnitsPassed : offset;

    /// <summary>Starts the scan of a text at <paramref name="position"/>, where its offset is 0.</summary>
    public void Begin(int position)
    {
        Position = MinStart = position;
        Json.Begin();
    }

    /// <summary>
    /// Starts over as a part of the text another scanner scans up to <paramref name="from"/>, as if it had just passed
    /// <paramref name="from"/>: its sense is <paramref name="state"/>, taken at <paramref name="behind"/>, whose offset is
    /// <paramref name="behindOffset"/>, and a match may widen back to <paramref name="minStart"/>. The matches found are
    /// those the other scanner would find if it reaches <paramref name="from"/> with a state that agrees (<see cref="SenseState.Agrees"/>),
    /// the offset counted here, and a first match that starts no earlier than its own <see cref="MinStart"/> (<see cref="Follows"/>).
    /// </summary>
    public void Part(ReadOnlySpan<byte> text, int behind, long behindOffset, int from, int minStart, in SenseState state)
    {
        // Counted as if the text before the part were well-formed: Follows finds out whether it was.
        var between = text.Slice(behind, from - behind);
        var at = behindOffset + unit switch
        {
            OffsetUnit.Utf8 => between.Length,
            _ => Utf8Text.WellFormedLength(between, codePoints: unit == OffsetUnit.CodePoints),
        };
        (offset, unitsBase, partOffset) = (at, at - window.UnitsPassed, at);
        (State, initial) = (state, state);
        (partStart, Position, MinStart, FirstStart, IllFormed) = (from, from, minStart, null, 0);
        window.Reset();
        Json.Continue();
    }

    /// <summary>Whether this scanner's part, scanned since <see cref="Part"/>, is what <paramref name="before"/> would find
    /// going on from where it stands.</summary>
    public bool Follows(Utf8JsonScanner before) =>
        before.Position == partStart && before.Offset == partOffset && before.State.Agrees(initial) && (FirstStart ?? int.MaxValue) >= before.MinStart;

    /// <summary>
    /// Scans for matches starting before <paramref name="stopAt"/> and counts the text up to it, or up to the end of the last
    /// match when that is further. With an <paramref name="output"/> the JSON is passed on in pieces of about
    /// <paramref name="limit"/> bytes; without one the scan stops after the match that brings it to <paramref name="limit"/>.
    /// </summary>
    public void Scan(ReadOnlySpan<byte> text, int stopAt, Stream? output, int limit)
    {
        var position = Position;
        while (position < stopAt && automaton.TryFindNext(text, ref window, position, stopAt, MinStart, ref State, out var start, out var end, out var spelling, out var evidence))
        {
            // A match may take in an opening quote before the position, which the scan passed, and counted, in the block
            // before: its offset then goes back over what was counted, and only the rest of it is counted now.
            var counted = Math.Max(start, position);
            Count(text.Slice(position, counted - position), plain: true);
            var before = offset - Measure(text.Slice(start, counted - start));
            Count(text.Slice(counted, end - counted), plain: false);

            var (first, length) = unit == OffsetUnit.Utf16
                ? (unitsBase + window.UnitsPassed - window.MatchedUnits, window.MatchedUnits)
                : (before, offset - before);
            var match = new GlossaryMatch(start, end - start, spelling!.Entry, spelling.Text, evidence, MatchRules.ConfidenceOf(evidence, spelling.Generic));
            FirstStart ??= start;
            position = MinStart = end;
            if (scope.Admits(match))
            {
                Json.Write(first, length, match, text.Slice(start, end - start));
                if (Json.Length >= limit)
                {
                    if (output is null)
                    {
                        Position = position;
                        return;
                    }

                    Pass(output);
                }
            }
        }

        if (position < stopAt)
        {
            Count(text.Slice(position, stopAt - position), plain: true);
            position = stopAt;
        }

        Position = position;
    }

    /// <summary>Takes the part <paramref name="part"/> scanned after this scanner's position, which it <see cref="Follows"/>.</summary>
    public void Take(Utf8JsonScanner part)
    {
        Json.Follow(part.Json);
        State = part.State;
        IllFormed += part.IllFormed;
        (offset, unitsBase) = (part.Offset, part.Offset - window.UnitsPassed);
        Position = part.Position;
        if (part.FirstStart is not null)
        {
            MinStart = part.MinStart;
        }

        window.Reset();
    }

    /// <summary>The text before <paramref name="count"/> bytes went from the buffer: positions move back by as much.</summary>
    public void Shift(int count)
    {
        Position -= count;
        MinStart = Math.Max(0, MinStart - count);
        window.Reset();
    }

    /// <summary>Writes the JSON waiting to <paramref name="output"/>.</summary>
    public void Pass(Stream output)
    {
        Json.WriteTo(output);
        Json.Clear();
    }

    public void Dispose() => window.Dispose();

    /// <summary>The length of <paramref name="text"/> in the offset unit, but for UTF-16 units: the windows decoded every byte
    /// the scan passed, and count those.</summary>
    private long Measure(ReadOnlySpan<byte> text) => unit switch
    {
        OffsetUnit.Utf8 => text.Length,
        OffsetUnit.CodePoints => Utf8Text.CodePoints(text),
        _ => 0,
    };

    /// <summary>Counts text that the scan passes in the offset unit and its ill-formed sequences and, for the scopes that need
    /// them, notes where lines and blank-line sections start, as <see cref="Annotator"/> does for decoded text. A match's own
    /// text is never blank.</summary>
    private void Count(ReadOnlySpan<byte> text, bool plain)
    {
        // Every byte counted was decoded by a window's stretch first, which notes any ill-formed sequence: well-formed input
        // costs nothing here.
        if (window.SawIllFormed)
        {
            IllFormed += Utf8Text.IllFormedSequences(text);
        }

        offset += Measure(text);

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
}
