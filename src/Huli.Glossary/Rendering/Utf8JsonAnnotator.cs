using System;
using System.IO;
using System.Threading.Tasks;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Annotate's JSON for UTF-8 read from a stream: the bytes are read in large blocks into one buffer, scanned there
/// (<see cref="MatchAutomaton"/> over bytes, a decoded window at a time), and each match goes to <see cref="MatchJson"/>
/// with the bytes it covers. Between blocks the buffer keeps the look-behind the rules need before the scan position; the scan stops short
/// of a block's end by the look-ahead they need after it, so a term split between two reads is found. Offsets are counted
/// in the unit asked for: bytes as they are, UTF-16 units as the windows decoded them, code points as a decoder would make them.
/// </summary>
internal sealed class Utf8JsonAnnotator : IDisposable
{
    private const int BlockLength = 1 << 20;

    // JSON is passed on to the stream in pieces of about this many bytes.
    private const int PieceLength = 1 << 16;

    // A part shorter than this is not worth a thread: handing it over costs about what scanning it saves.
    private const int MinPartLength = 64 * 1024;

    private readonly MatchAutomaton automaton;
    private readonly Stream input;
    private readonly Stream output;
    private readonly byte[] buffer;
    private readonly int minPartLength;

    // The calling thread's scanner, which the output comes from, and one for each other thread, made when a block is
    // first long enough to share.
    private readonly AnnotationOptions options;
    private readonly Utf8JsonScanner main;
    private readonly Utf8JsonScanner?[] helpers;
    private readonly Task[] parts;
    private readonly int[] partStarts;

    // How much text the calling thread's first part gets against each helper's: it also reads and writes, while a helper
    // starts late and counts the offsets before its part, so which finishes first is measured and the cut follows.
    private double mainWeight = 1;

    public Utf8JsonAnnotator(MatchAutomaton automaton, Stream input, Stream output, AnnotationOptions options)
        : this(automaton, input, output, options, BlockLength, MinPartLength)
    {
    }

    /// <summary>An annotator that reads <paramref name="blockLength"/> bytes at a time and gives threads parts of at least
    /// <paramref name="minPartLength"/>: tests cut small texts into parts as the defaults cut large ones.</summary>
    internal Utf8JsonAnnotator(MatchAutomaton automaton, Stream input, Stream output, AnnotationOptions options, int blockLength, int minPartLength)
    {
        this.automaton = automaton;
        this.input = input;
        this.output = output;
        this.minPartLength = minPartLength;
        this.options = options;
        buffer = new byte[Math.Max(blockLength, 4 * (automaton.Utf8LookAhead + automaton.Utf8LookBehind))];
        main = new Utf8JsonScanner(automaton, options);

        // The scopes other than every occurrence depend on every match before, in order.
        var threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        var helperCount = options.Scope == AnnotationScope.Every ? Math.Max(0, threads - 1) : 0;
        helpers = new Utf8JsonScanner?[helperCount];
        parts = new Task[helperCount];
        partStarts = new int[helperCount + 2];
    }

    /// <summary>The parts a helper scanned whose matches went to the output.</summary>
    internal int PartsTaken { get; private set; }

    /// <summary>The parts a helper scanned that the main scanner scanned again, because the text before them changed what they match.</summary>
    internal int PartsScannedAgain { get; private set; }

    /// <summary>Annotates the whole input; returns how many ill-formed sequences it held.</summary>
    public long Run()
    {
        Annotate();
        return main.IllFormed;
    }

    public void Dispose()
    {
        main.Dispose();
        foreach (var helper in helpers)
        {
            helper?.Dispose();
        }
    }

    private void Annotate()
    {
        var lookAhead = automaton.Utf8LookAhead;
        var (filled, endOfInput) = Fill(0);

        // A byte order mark is no part of the text, as a decoder drops it.
        main.Begin(filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0);
        while (true)
        {
            var stopAt = endOfInput ? filled : CharacterStart(buffer.AsSpan(0, filled), Math.Max(main.Position, filled - lookAhead), main.Position);
            ScanBlock(filled, stopAt);
            if (endOfInput)
            {
                break;
            }

            // No match starts before stopAt any more: keep the look-behind, and read on. Whoever reads the output gets what
            // there is before the next read, which may wait on a pipe.
            var keepFrom = Math.Max(0, main.Position - automaton.Utf8LookBehind);
            Array.Copy(buffer, keepFrom, buffer, 0, filled - keepFrom);
            main.Shift(keepFrom);
            main.Pass(output);
            output.Flush();
            (filled, endOfInput) = Fill(filled - keepFrom);
        }

        main.Json.End();
        main.Pass(output);
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>
    /// Scans the block's text from the main scanner's position to <paramref name="stopAt"/>. With threads to spare, the
    /// stretch is cut into parts; the helpers scan all but the first at once, each as if the text before it had left the
    /// scan as it stands at the block's start. The main scanner scans the first part, then takes each next part that
    /// follows from where it stands and scans again any other.
    /// </summary>
    private void ScanBlock(int filled, int stopAt)
    {
        var count = Math.Min(helpers.Length + 1, (stopAt - main.Position) / minPartLength);
        if (count < 2)
        {
            main.Scan(buffer.AsSpan(0, filled), stopAt, output, PieceLength);
            return;
        }

        var (behind, behindOffset, minStart, state) = (main.Position, main.Offset, main.MinStart, main.State);
        partStarts[0] = behind;
        partStarts[count] = stopAt;
        for (var k = 1; k < count; k++)
        {
            var share = (mainWeight + k - 1) / (mainWeight + count - 1);
            partStarts[k] = CharacterStart(buffer.AsSpan(0, filled), behind + (int)((stopAt - behind) * share), behind);
        }

        var started = 0;
        try
        {
            for (; started < count - 1; started++)
            {
                var (helper, from, to) = (helpers[started] ??= new Utf8JsonScanner(automaton, options), partStarts[started + 1], partStarts[started + 2]);
                parts[started] = Task.Run(() =>
                {
                    var text = new ReadOnlySpan<byte>(buffer, 0, filled);
                    helper.Part(text, behind, behindOffset, from, minStart, state);
                    helper.Scan(text, to, output: null, BlockLength);
                });
            }

            for (var k = 1; k <= count; k++)
            {
                main.Scan(buffer.AsSpan(0, filled), partStarts[k], output, PieceLength);
                if (k == count)
                {
                    break;
                }

                if (k == 1)
                {
                    mainWeight = Math.Min(4, Math.Max(0.25, parts[0].IsCompleted ? mainWeight / 1.05 : mainWeight * 1.05));
                }

                parts[k - 1].GetAwaiter().GetResult();
                var helper = helpers[k - 1]!;
                if (!helper.Follows(main))
                {
                    PartsScannedAgain++;
                    continue;
                }

                PartsTaken++;
                main.Take(helper);
                if (main.Json.Length >= PieceLength)
                {
                    main.Pass(output);
                }
            }
        }
        catch
        {
            // The helpers share the buffer and own windows from the pool: none may still run once the block is given up.
            WaitQuietly(started);
            throw;
        }
    }

    private void WaitQuietly(int started)
    {
        for (var k = 0; k < started; k++)
        {
            ((IAsyncResult)parts[k]).AsyncWaitHandle.WaitOne();
        }
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
