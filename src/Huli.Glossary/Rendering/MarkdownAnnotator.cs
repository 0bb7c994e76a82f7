using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Huli.Glossary.Internal;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Markdown: each term followed by a footnote reference <c>[^13]</c>; the definitions of the entries used
/// follow the text as footnotes, in order of first use. The input is escaped by <see cref="MarkdownText"/>, so it
/// renders as the text it is: its own Markdown characters and line starts that Markdown would read as syntax.
/// </summary>
internal sealed class MarkdownAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    private readonly List<GlossaryEntry> used = new();
    private readonly HashSet<int> usedNumbers = new();
    private readonly MarkdownText escaper = new(output, atLineStart: true);

    protected override void WriteText(ReadOnlySpan<char> text) => escaper.Write(text);

    protected override void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match)
    {
        escaper.Write(text);
        var markup = escaper.Markup();
        markup.Write("[^");
        markup.Write(match.Entry.Number.ToString(CultureInfo.InvariantCulture));
        markup.Write(']');
        if (usedNumbers.Add(match.Entry.Number))
        {
            used.Add(match.Entry);
        }
    }

    protected override void End()
    {
        escaper.Finish();
        if (used.Count == 0)
        {
            return;
        }

        Output.Write("\n\n");
        foreach (var entry in used)
        {
            Output.Write("[^");
            Output.Write(entry.Number.ToString(CultureInfo.InvariantCulture));
            Output.Write("]: **");
            MarkdownText.WriteInline(Output, entry.Term);
            Output.Write("**：");

            // A footnote's text is one line; a custom glossary's definition may have several.
            MarkdownText.WriteInline(Output, entry.Definition);
            Output.Write('\n');
        }
    }
}
