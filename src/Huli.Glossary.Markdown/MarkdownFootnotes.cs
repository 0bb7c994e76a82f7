using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Huli.Glossary.Internal;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Huli.Glossary.Markdown;

/// <summary>
/// The one place that decides what is inserted into Markdown: a footnote reference <c>[^huli-13]</c> after a term,
/// and the definitions appended once each at the end of the file, under labels the document does not use.
/// </summary>
internal sealed class MarkdownFootnotes
{
    private const string Probe = "\n\n[^huli-probe]: x\n";

    private readonly string prefix;

    // Each entry's reference, made once: a file of the report's size holds thousands of them.
    private readonly Dictionary<int, string> references = new();

    public MarkdownFootnotes(string markdown)
    {
        // Footnote labels compare case-insensitively; a prefix the file never writes after "[^" cannot clash.
        prefix = "huli-";
        for (var n = 2; Writes(markdown, "[^" + prefix); n++)
        {
            prefix = "huli" + n.ToString(CultureInfo.InvariantCulture) + "-";
        }
    }

    private static bool Writes(string markdown, string text) =>
#if NET8_0_OR_GREATER
        markdown.Contains(text, StringComparison.OrdinalIgnoreCase);
#else
        markdown.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0;
#endif

    public void WriteReference(TextWriter output, GlossaryEntry entry)
    {
        if (!references.TryGetValue(entry.Number, out var reference))
        {
            reference = "[^" + prefix + entry.Number.ToString(CultureInfo.InvariantCulture) + "]";
            references.Add(entry.Number, reference);
        }

        output.Write(reference);
    }

    public void WriteDefinition(TextWriter output, GlossaryEntry entry)
    {
        output.Write("\n[^");
        output.Write(prefix);
        output.Write(entry.Number.ToString(CultureInfo.InvariantCulture));
        output.Write("]: **");
        MarkdownText.WriteInline(output, entry.Term);
        output.Write("**：");
        MarkdownText.WriteInline(output, entry.Definition);
        output.Write('\n');
    }

    /// <summary>
    /// What must follow the document so that definitions appended after it are read as definitions: a line break
    /// when the last line has none, and the end of a code fence or raw HTML block the author left open (which runs
    /// to the end of the file anyway, so closing it there changes nothing a reader sees).
    /// </summary>
    public static string Closing(string markdown, MarkdownDocument document)
    {
        var closing = markdown.Length == 0 || markdown[markdown.Length - 1] is '\n' or '\r' ? string.Empty : "\n";
        if (document.Count == 0)
        {
            return closing;
        }

        // Top-level blocks start afresh, so the last one alone tells whether the tail swallows what follows.
        var last = document[document.Count - 1];
        var start = Math.Max(0, last.Span.Start);
        var tail = new StringBuilder(markdown, start, markdown.Length - start, markdown.Length - start + 32).Append(closing).ToString();
        var probed = Markdig.Markdown.Parse(tail + Probe, MarkdownTextWalker.Pipeline);
        if (probed.Descendants<Footnote>().GetEnumerator().MoveNext())
        {
            return closing;
        }

        return closing + last switch
        {
            FencedCodeBlock fence => new string(fence.FencedChar, Math.Max(3, fence.OpeningFencedCharCount)) + "\n",
            HtmlBlock { Type: HtmlBlockType.Comment } => "-->\n",
            HtmlBlock { Type: HtmlBlockType.ProcessingInstruction } => "?>\n",
            HtmlBlock { Type: HtmlBlockType.DocumentType } => ">\n",
            HtmlBlock { Type: HtmlBlockType.CData } => "]]>\n",
            HtmlBlock html => "</" + RawElementName(tail) + ">\n",
            _ => string.Empty,
        };
    }

    private static string RawElementName(string tail)
    {
        foreach (var name in new[] { "script", "pre", "style", "textarea" })
        {
            if (tail.TrimStart().StartsWith("<" + name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return "pre";
    }
}
