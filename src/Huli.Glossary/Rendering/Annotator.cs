using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Huli.Glossary.Internal;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Turns the stream of plain-text pieces and matches from <see cref="ScanReader"/> into one output format,
/// written straight to the caller's <see cref="TextWriter"/>: nothing is gathered into a large string.
/// </summary>
internal abstract class Annotator
{
    /// <summary>How many characters of output <see cref="RunAsync"/> gathers before it writes them on.</summary>
    public const int DrainAt = 16 * 1024;

    private readonly ScopeFilter scope;

    // Plain text's scopes: a block is a line, a section ends at a blank line. Whether the current line has held
    // anything but white space so far, carried across pieces because a line may be split between them.
    private bool lineHasText;

    protected Annotator(TextWriter output, AnnotationOptions options)
    {
        Output = output;
        Options = options;
        scope = new ScopeFilter(options.Scope);
    }

    protected TextWriter Output { get; }

    protected AnnotationOptions Options { get; }

    public static Annotator Create(TextWriter output, AnnotationOptions options) => options.Format switch
    {
        AnnotationFormat.Html => new HtmlAnnotator(output, options),
        AnnotationFormat.Markdown => new MarkdownAnnotator(output, options),
        AnnotationFormat.Json => new JsonAnnotator(output, options),
        _ => new TextAnnotator(output, options),
    };

    public void Run(ScanReader scan)
    {
        Begin();
        ScanEvent next;
        while ((next = scan.Read()) != ScanEvent.End)
        {
            if (Take(next, scan))
            {
                Output.Flush();
            }
        }

        End();
        Output.Flush();
    }

    /// <summary>
    /// <see cref="Run"/> for a writer that must be written asynchronously (a web response refuses synchronous writes):
    /// the annotator writes into a buffer, which goes to <paramref name="target"/> through its asynchronous methods
    /// whenever it holds <see cref="DrainAt"/> characters or the input pauses, so memory stays bounded whatever the
    /// input's length.
    /// </summary>
    public static async Task RunAsync(ScanReader scan, TextWriter target, AnnotationOptions options, CancellationToken cancellationToken)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var pending = buffer.GetStringBuilder();
        var annotator = Create(buffer, options);
        annotator.Begin();
        ScanEvent next;
        while ((next = await scan.ReadAsync(cancellationToken).ConfigureAwait(false)) != ScanEvent.End)
        {
            var pause = annotator.Take(next, scan);
            if (pause || pending.Length >= DrainAt)
            {
                await DrainAsync(pending, target, flush: pause, cancellationToken).ConfigureAwait(false);
            }
        }

        annotator.End();
        await DrainAsync(pending, target, flush: true, cancellationToken).ConfigureAwait(false);
    }

    private static async Task DrainAsync(StringBuilder pending, TextWriter target, bool flush, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        await target.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        pending.Clear();
        if (flush)
        {
            await target.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
#else
        // netstandard2.0's writer takes neither a StringBuilder nor a token: a string, with the token checked here.
        cancellationToken.ThrowIfCancellationRequested();
        await target.WriteAsync(pending.ToString()).ConfigureAwait(false);
        pending.Clear();
        if (flush)
        {
            await target.FlushAsync().ConfigureAwait(false);
        }
#endif
    }

    /// <summary>Writes one event; returns whether the input pauses after it, so what is written should be passed on now.</summary>
    private bool Take(ScanEvent next, ScanReader scan)
    {
        if (next == ScanEvent.Text)
        {
            WriteText(scan.Segment);
            TrackScope(scan.Segment);

            // What comes next waits for input; a reader at the other end of a pipe sees this much now.
            return scan.EndsBlock;
        }

        lineHasText = true;
        if (scope.Admits(scan.Match))
        {
            WriteMatch(scan.Segment, scan.Match);
        }
        else
        {
            WriteText(scan.Segment);
        }

        return false;
    }

    private void TrackScope(ReadOnlySpan<char> text)
    {
        if (!scope.NeedsBoundaries)
        {
            return;
        }

        foreach (var c in text)
        {
            if (c == '\n')
            {
                scope.StartBlock();
                if (!lineHasText)
                {
                    scope.StartSection();
                }

                lineHasText = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                lineHasText = true;
            }
        }
    }

    protected virtual void Begin()
    {
    }

    protected abstract void WriteText(ReadOnlySpan<char> text);

    protected abstract void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match);

    protected virtual void End()
    {
    }

    protected void Write(ReadOnlySpan<char> text) => Output.WriteSpan(text);
}
