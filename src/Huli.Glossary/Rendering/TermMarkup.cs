using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Huli.Glossary.Internal;

namespace Huli.Glossary.Rendering;

/// <summary>
/// The one writer of what HTML output puts around a term and of the notes list the terms link to. Every HTML
/// writer of the package goes through it, so a term looks the same whatever the input was. One instance per
/// document: it remembers the entries used, in order of first use, for the notes written after the text.
/// </summary>
/// <remarks>
/// A term is <c>&lt;a class="huli-glossary" href="#p-note-13" aria-describedby="p-def-13" data-glossary-number="13"&gt;</c>:
/// a link, so the keyboard reaches it and, without JavaScript, it leads to the note; its description is the
/// note's definition, so screen readers announce the term and then the definition. The notes list is a
/// <c>&lt;section class="huli-glossary-notes" data-glossary="off"&gt;</c> (opted out of a later pass) with one <c>&lt;li id="p-note-13" value="13"&gt;</c> per entry:
/// the headword in <c>&lt;dfn&gt;</c>, the definition, the components as a list and the link to the entry.
/// The popover script reads the note; nothing is written twice.
/// </remarks>
internal sealed class TermMarkup(HtmlOutputOptions options)
{
    private readonly List<GlossaryEntry> used = new();
    private readonly HashSet<int> usedNumbers = new();

    public void WriteTermStart(TextWriter output, GlossaryEntry entry)
    {
        var number = entry.Number.ToString(CultureInfo.InvariantCulture);
        output.Write("<a class=\"huli-glossary\" href=\"#");
        output.Write(options.IdPrefix);
        output.Write("note-");
        output.Write(number);
        output.Write("\" aria-describedby=\"");
        output.Write(options.IdPrefix);
        output.Write("def-");
        output.Write(number);
        output.Write("\" data-glossary-number=\"");
        output.Write(number);
        output.Write("\">");
        Use(entry);
    }

    /// <summary>Counts an entry as used, for a writer that puts the notes before terms it writes later.</summary>
    public void Use(GlossaryEntry entry)
    {
        if (usedNumbers.Add(entry.Number))
        {
            used.Add(entry);
        }
    }

    public static void WriteTermEnd(TextWriter output) => output.Write("</a>");

    /// <summary>Writes the notes of the entries used so far, once, after the text; nothing when none was.</summary>
    public void WriteNotes(TextWriter output)
    {
        if (used.Count == 0)
        {
            return;
        }

        // Opted out, so that annotating the page again leaves the definitions alone.
        output.Write("\n<section class=\"huli-glossary-notes\" data-glossary=\"off\" aria-labelledby=\"");
        output.Write(options.IdPrefix);
        output.Write("notes\">\n<h2 id=\"");
        output.Write(options.IdPrefix);
        output.Write("notes\">名词解释</h2>\n<ol>\n");
        foreach (var entry in used)
        {
            WriteNote(output, entry);
        }

        output.Write("</ol>\n</section>\n");
    }

    /// <summary>
    /// Writes, as items to go before the <c>&lt;/ol&gt;</c> of a notes list an earlier pass wrote, the notes of the
    /// entries used so far that the list does not hold yet.
    /// </summary>
    public void WriteNotesMissingFrom(TextWriter output, ISet<int> listed)
    {
        foreach (var entry in used)
        {
            if (!listed.Contains(entry.Number))
            {
                WriteNote(output, entry);
            }
        }
    }

    public static void WritePageStart(TextWriter output, HtmlOutputOptions options)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Encode(output, options.Title.AsSpan());
        output.Write("</title>\n");
        output.Write(GlossaryAssets.HeadMarkup);
        output.Write("</head>\n<body class=\"huli-glossary-page\">\n<main>\n<h1>");
        Encode(output, options.Title.AsSpan());
        output.Write("</h1>\n<div class=\"huli-glossary-text\">");
    }

    public static void WriteTextEnd(TextWriter output) => output.Write("</div>");

    public static void WritePageEnd(TextWriter output) => output.Write("</main>\n</body>\n</html>\n");

    /// <summary>Writes text as HTML text or attribute value: every character that could start markup is encoded.</summary>
    public static void Encode(TextWriter output, ReadOnlySpan<char> text)
    {
        var plain = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            output.WriteSpan(text.Slice(plain, i - plain));
            output.Write(entity);
            plain = i + 1;
        }

        output.WriteSpan(text.Slice(plain));
    }

    private void WriteNote(TextWriter output, GlossaryEntry entry)
    {
        var number = entry.Number.ToString(CultureInfo.InvariantCulture);
        output.Write("<li id=\"");
        output.Write(options.IdPrefix);
        output.Write("note-");
        output.Write(number);
        output.Write("\" value=\"");
        output.Write(number);
        output.Write("\"><dfn>");
        Encode(output, entry.Term.AsSpan());
        output.Write("</dfn>：<span class=\"huli-glossary-definition\" id=\"");
        output.Write(options.IdPrefix);
        output.Write("def-");
        output.Write(number);
        output.Write("\">");
        Encode(output, entry.Definition.AsSpan());
        output.Write("</span>");
        WriteComponents(output, entry.Components, "huli-glossary-components");
        if (!string.IsNullOrEmpty(options.EntryLink))
        {
            output.Write("\n<a class=\"huli-glossary-entry\" href=\"");
            Encode(output, options.EntryLink!.Replace("{number}", number).AsSpan());
            output.Write("\">名词解释第");
            output.Write(number);
            output.Write("条</a>");
        }

        output.Write("</li>\n");
    }

    private static void WriteComponents(TextWriter output, IReadOnlyList<GlossaryComponent> components, string? className)
    {
        if (components.Count == 0)
        {
            return;
        }

        output.Write(className is null ? "<ul>" : $"<ul class=\"{className}\">");
        foreach (var component in components)
        {
            output.Write("<li>");
            Encode(output, component.Text.AsSpan());
            WriteComponents(output, component.Items, null);
            output.Write("</li>");
        }

        output.Write("</ul>");
    }
}
