using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Huli.Glossary.Matching;

/// <summary>What <see cref="ScanReader.Read"/> found next.</summary>
internal enum ScanEvent
{
    /// <summary>The input is exhausted.</summary>
    End,

    /// <summary>A piece of text with no match in it: <see cref="ScanReader.Segment"/>.</summary>
    Text,

    /// <summary>A match: <see cref="ScanReader.Match"/>, whose original text is <see cref="ScanReader.Segment"/>.</summary>
    Match,
}

/// <summary>
/// Walks a text or a stream as alternating pieces of plain text and matches, covering every character once,
/// in order. A stream is read through one fixed buffer that keeps just enough look-behind and look-ahead for
/// the rules, so memory stays constant whatever the input's size, and a term that straddles two reads is found.
/// <see cref="Read"/> and <see cref="TryRead"/> with <see cref="FillAsync"/> differ only in how they fill the buffer; what is kept, when to read
/// and what is found are the same code, so the two give the same events.
/// </summary>
internal sealed class ScanReader
{
    private const int MinimumBufferLength = 64 * 1024;

    private readonly MatchAutomaton automaton;
    private readonly TextReader? reader;
    private readonly char[]? buffer;
    private readonly int lookAhead;
    private readonly int lookBehind;
    private ReadOnlyMemory<char> window;
    private int filled;
    private long windowOffset;
    private bool endOfInput;
    private int position;
    private int pendingText;
    private int pendingMatchStart = -1;
    private int pendingMatchEnd;
    private Spelling? pendingSpelling;
    private GlossaryEvidence pendingEvidence;
    private SenseState state;

    public ScanReader(MatchAutomaton automaton, string text, GlossaryScanOptions options)
    {
        this.automaton = automaton;
        state = new SenseState(options);
        window = text.AsMemory();
        endOfInput = true;
    }

    public ScanReader(MatchAutomaton automaton, TextReader reader, GlossaryScanOptions options)
    {
        this.automaton = automaton;
        state = new SenseState(options);
        this.reader = reader;
        // A match starting before the look-ahead ends inside it with all the rules read after it; one starting at the scan
        // position has all they read before it in the look-behind.
        lookAhead = automaton.MaxRawLength + automaton.MaxContextLength;
        lookBehind = automaton.MaxContextLength;
        buffer = new char[Math.Max(MinimumBufferLength, 4 * (lookAhead + lookBehind))];
    }

    /// <summary>The text of the last event: a piece of plain text, or the original text of a match.</summary>
    public ReadOnlySpan<char> Segment => window.Span.Slice(SegmentStart, SegmentLength);

    /// <summary>Whether the last piece of text ends what was read so far: the next event needs more input, which may
    /// take a while on a pipe, so a writer should pass on what it has.</summary>
    public bool EndsBlock { get; private set; }

    /// <summary>The last match, with its offset from the start of the input.</summary>
    public GlossaryMatch Match { get; private set; }

    private int SegmentStart { get; set; }

    private int SegmentLength { get; set; }

    public ScanEvent Read()
    {
        ScanEvent? next;
        while ((next = Next()) is null)
        {
            var kept = Keep();
            while (Took(reader!.Read(buffer!, filled, buffer!.Length - filled), kept))
            {
            }
        }

        return next.Value;
    }

    /// <summary>
    /// <see cref="Read"/> for asynchronous callers, in two halves so that the events in the text at hand cost no
    /// <c>await</c>: gives the next event, or false when the buffer must be filled first with <see cref="FillAsync"/>.
    /// </summary>
    public bool TryRead(out ScanEvent next)
    {
        var found = Next();
        next = found.GetValueOrDefault();
        return found.HasValue;
    }

    /// <summary>Fills the buffer with the reader's asynchronous reads: no synchronous I/O, and the token checked before each.</summary>
    public async Task FillAsync(CancellationToken cancellationToken)
    {
        var kept = Keep();
        int read;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
#if NET8_0_OR_GREATER
            read = await reader!.ReadAsync(buffer!.AsMemory(filled), cancellationToken).ConfigureAwait(false);
#else
            read = await reader!.ReadAsync(buffer!, filled, buffer!.Length - filled).ConfigureAwait(false);
#endif
        }
        while (Took(read, kept));
    }

    /// <summary>The next event from the text at hand, or null when more input is needed first.</summary>
    private ScanEvent? Next()
    {
        while (true)
        {
            if (pendingMatchStart >= 0)
            {
                return EmitPendingMatch();
            }

            var text = window.Span;
            var stopAt = endOfInput ? text.Length : Math.Max(position, text.Length - lookAhead);
            if (automaton.TryFindNext(text, position, stopAt, pendingText, ref state, out var start, out var end, out var spelling, out var evidence))
            {
                pendingEvidence = evidence;
                pendingMatchStart = start;
                pendingMatchEnd = end;
                pendingSpelling = spelling;
                if (start > pendingText)
                {
                    return EmitText(pendingText, start);
                }

                continue;
            }

            position = Math.Max(position, stopAt);
            if (endOfInput)
            {
                return pendingText < text.Length ? EmitText(pendingText, text.Length) : ScanEvent.End;
            }

            // Text more than one unit before the scan position is settled: no later match starts in it, and
            // only the unit right before may still be taken in as a match's opening quote.
            var settled = position - 1;

            // Nor between the halves of a surrogate pair: a writer flushed at the pause (a StreamWriter flushes its
            // encoder too) would write a lone half as U+FFFD.
            if (settled > 0 && char.IsHighSurrogate(text[settled - 1]))
            {
                settled--;
            }

            if (settled - pendingText > 0)
            {
                var settledText = EmitText(pendingText, settled);
                EndsBlock = true;
                return settledText;
            }

            return null;
        }
    }

    private ScanEvent EmitText(int start, int end)
    {
        EndsBlock = false;
        SegmentStart = start;
        SegmentLength = end - start;
        pendingText = end;
        return ScanEvent.Text;
    }

    private ScanEvent EmitPendingMatch()
    {
        var offset = checked((int)(windowOffset + pendingMatchStart));
        Match = new GlossaryMatch(
            offset, pendingMatchEnd - pendingMatchStart, pendingSpelling!.Entry, pendingSpelling.Text, pendingEvidence, MatchRules.ConfidenceOf(pendingEvidence, pendingSpelling.Generic));
        SegmentStart = pendingMatchStart;
        SegmentLength = pendingMatchEnd - pendingMatchStart;
        position = pendingText = pendingMatchEnd;
        pendingMatchStart = -1;
        pendingSpelling = null;
        return ScanEvent.Match;
    }

    /// <summary>Moves what the rules still need to the start of the buffer, before a read; returns its length.</summary>
    private int Keep()
    {
        var keepFrom = Math.Max(0, Math.Min(pendingText, position - lookBehind));
        var kept = window.Length - keepFrom;
        Array.Copy(buffer!, keepFrom, buffer!, 0, kept);
        windowOffset += keepFrom;
        position -= keepFrom;
        pendingText -= keepFrom;
        filled = kept;
        return kept;
    }

    /// <summary>Takes in what one read gave; returns whether to read again before scanning.</summary>
    private bool Took(int read, int kept)
    {
        endOfInput = read == 0;
        filled += read;
        window = new ReadOnlyMemory<char>(buffer, 0, filled);

        // Enough new text to move on: a slow source (a pipe, a chat) gets its matches as it sends, not 64 K later. What
        // was kept is at most the look-ahead and the look-behind, so the buffer, four times both, is never full here.
        return read > 0 && filled - kept <= lookAhead;
    }
}
