using System;
using System.IO;
using Huli.Glossary.Internal;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Turns the stream of plain-text pieces and matches from <see cref="ScanReader"/> into one output format,
/// written straight to the caller's <see cref="TextWriter"/>: nothing is gathered into a large string.
/// </summary>
internal abstract class Annotator
{
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
            if (next == ScanEvent.Text)
            {
                WriteText(scan.Segment);
                TrackScope(scan.Segment);
                if (scan.EndsBlock)
                {
                    // What comes next waits for input; a reader at the other end of a pipe sees this much now.
                    Flush();
                }
            }
            else if (scope.Admits(scan.Match))
            {
                lineHasText = true;
                WriteMatch(scan.Segment, scan.Match);
            }
            else
            {
                lineHasText = true;
                WriteText(scan.Segment);
            }
        }

        End();
        Flush();
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

    /// <summary>Passes on what has been written so far.</summary>
    protected virtual void Flush() => Output.Flush();

    protected void Write(ReadOnlySpan<char> text) => Output.WriteSpan(text);
}
