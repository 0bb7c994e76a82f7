using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Huli.Glossary.Internal;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Markdown: each term followed by a footnote reference <c>[^13]</c>; the definitions of the entries used
/// follow the text as footnotes, in order of first use. Markdown's own characters in the input are escaped.
/// </summary>
internal sealed class MarkdownAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    private readonly List<GlossaryEntry> used = new();
    private readonly HashSet<int> usedNumbers = new();

    protected override void WriteText(ReadOnlySpan<char> text) => Escape(text);

    protected override void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match)
    {
        Escape(text);
        Output.Write("[^");
        Output.Write(match.Entry.Number.ToString(CultureInfo.InvariantCulture));
        Output.Write(']');
        if (usedNumbers.Add(match.Entry.Number))
        {
            used.Add(match.Entry);
        }
    }

    protected override void End()
    {
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
            Escape(entry.Term.AsSpan());
            Output.Write("**：");

            // A footnote's text is one line; a custom glossary's definition may have several.
            Escape(entry.Definition.Replace('\r', ' ').Replace('\n', ' ').AsSpan());
            Output.Write('\n');
        }
    }

    private void Escape(ReadOnlySpan<char> text)
    {
        var plain = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (MarkdownText.NeedsEscape(text[i]))
            {
                Write(text.Slice(plain, i - plain));
                Output.Write('\\');
                plain = i;
            }
        }

        Write(text.Slice(plain));
    }
}
