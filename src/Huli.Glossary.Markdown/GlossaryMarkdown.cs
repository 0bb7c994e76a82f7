using System;
using System.Collections.Generic;
using System.IO;
using Huli.Glossary.Internal;
using Huli.Glossary.Markdown;

namespace Huli.Glossary;

/// <summary>
/// Annotates Markdown documents: the file comes back byte for byte, with a footnote reference after each term of
/// its prose and the definitions appended once each. Thread-safe: each call works on its own state.
/// </summary>
/// <remarks>
/// <para>The file is read as CommonMark with GFM pipe tables and strikethrough, footnotes and YAML front matter (Markdig). Literal text
/// is annotated, emphasis and table cells included; never code spans, fenced or indented code, link and image
/// destinations, titles and alt text, link text (unless <see cref="MarkdownAnnotationOptions.AnnotateLinkText"/>),
/// autolinks, raw HTML and what inline <c>&lt;code&gt;</c> or <c>&lt;a&gt;</c> hold, front matter, the author's own
/// footnote definitions, and headings (unless <see cref="MarkdownAnnotationOptions.AnnotateHeadings"/>).</para>
/// <para>Labels are <c>huli-N</c> (N the entry's number), or <c>huli2-N</c>… when the file already writes
/// <c>[^huli-</c>: the author's <c>[^1]</c> stays theirs. A term split by emphasis (<c>六**统一**</c>), an escape or an
/// entity is not found.</para>
/// </remarks>
public static class GlossaryMarkdown
{
    /// <summary>Writes <paramref name="markdown"/> to <paramref name="output"/> with a footnote after every term of its prose.</summary>
    /// <param name="glossary">The glossary; not null.</param>
    /// <param name="markdown">The document, as it is; not null.</param>
    /// <param name="output">Where to write; not null. Flushed, not disposed.</param>
    /// <param name="options">What to annotate; null means <see cref="MarkdownAnnotationOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a scope that is not defined.</exception>
    /// <exception cref="MarkdownNestingException"><paramref name="markdown"/> nests more than about 128 levels deep.</exception>
    /// <remarks>Removing the inserted references and the appended block gives the input back. A file without terms
    /// is written unchanged; when the file ends inside an open code fence or raw HTML block, it is closed before the
    /// definitions, which would otherwise be read as code.</remarks>
    /// <example><c>Glossary.Default.AnnotateMarkdown("推行“六统一”模式。\n", Console.Out, MarkdownAnnotationOptions.Default)</c></example>
    public static void AnnotateMarkdown(this Glossary glossary, string markdown, TextWriter output, MarkdownAnnotationOptions? options)
    {
        options ??= MarkdownAnnotationOptions.Default;
        Guard.NotNull(output);
        var document = Parse(glossary, markdown, options);
        var matches = MarkdownTextWalker.Matches(glossary, markdown, document, options);
        var footnotes = new MarkdownFootnotes(markdown);
        var used = new List<GlossaryEntry>();
        var usedNumbers = new HashSet<int>();
        var written = 0;
        foreach (var (match, insertAt) in matches)
        {
            output.WriteSpan(markdown.AsSpan(written, insertAt - written));
            footnotes.WriteReference(output, match.Entry);
            written = insertAt;
            if (usedNumbers.Add(match.Entry.Number))
            {
                used.Add(match.Entry);
            }
        }

        output.WriteSpan(markdown.AsSpan(written));
        if (used.Count > 0)
        {
            output.Write(MarkdownFootnotes.Closing(markdown, document));
            foreach (var entry in used)
            {
                footnotes.WriteDefinition(output, entry);
            }
        }

        output.Flush();
    }

    /// <summary>Returns <paramref name="markdown"/> with a footnote after every term of its prose.</summary>
    /// <param name="glossary">The glossary; not null.</param>
    /// <param name="markdown">The document; not null.</param>
    /// <param name="options">What to annotate; null means <see cref="MarkdownAnnotationOptions.Default"/>.</param>
    /// <returns>The annotated document; the input itself when it holds no term.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a scope that is not defined.</exception>
    /// <exception cref="MarkdownNestingException"><paramref name="markdown"/> nests more than about 128 levels deep.</exception>
    /// <remarks>See <see cref="AnnotateMarkdown(Glossary, string, TextWriter, MarkdownAnnotationOptions)"/>.</remarks>
    /// <example><c>var annotated = Glossary.Default.AnnotateMarkdown(File.ReadAllText("report.md"), MarkdownAnnotationOptions.Default);</c></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "As Glossary.Annotate: the string form is the common call; its options stay optional though the writer overload takes more parameters.")]
    public static string AnnotateMarkdown(this Glossary glossary, string markdown, MarkdownAnnotationOptions? options = null)
    {
        options ??= MarkdownAnnotationOptions.Default;
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        AnnotateMarkdown(glossary, markdown, output, options);
        return output.ToString();
    }

    /// <summary>The matches <see cref="AnnotateMarkdown(Glossary, string, TextWriter, MarkdownAnnotationOptions)"/> would mark, with offsets into the document as given.</summary>
    /// <param name="glossary">The glossary; not null.</param>
    /// <param name="markdown">The document; not null.</param>
    /// <param name="options">What to annotate; null means <see cref="MarkdownAnnotationOptions.Default"/>.</param>
    /// <returns>The matches in document order, [Start, End) in UTF-16 code units of <paramref name="markdown"/>; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a scope that is not defined.</exception>
    /// <exception cref="MarkdownNestingException"><paramref name="markdown"/> nests more than about 128 levels deep.</exception>
    /// <remarks>In <c>`六统一` 六统一</c> the one match starts at 6: the code span is never read.</remarks>
    /// <example><c>Glossary.Default.ScanMarkdown("**六统一**", MarkdownAnnotationOptions.Default)[0].Start // 2</c></example>
    public static IReadOnlyList<GlossaryMatch> ScanMarkdown(this Glossary glossary, string markdown, MarkdownAnnotationOptions? options = null)
    {
        options ??= MarkdownAnnotationOptions.Default;
        var document = Parse(glossary, markdown, options);
        var matches = MarkdownTextWalker.Matches(glossary, markdown, document, options);
        var result = new GlossaryMatch[matches.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = matches[i].Match;
        }

        return result;
    }

    private static Markdig.Syntax.MarkdownDocument Parse(Glossary glossary, string markdown, MarkdownAnnotationOptions options)
    {
        Guard.NotNull(glossary);
        Guard.NotNull(markdown);
        if (options.Scope is < AnnotationScope.Every or > AnnotationScope.FirstInBlock)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Scope, "Not a defined AnnotationScope.");
        }

        try
        {
            return Markdig.Markdown.Parse(markdown, MarkdownTextWalker.Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig's only ArgumentException for a non-null string is its depth limit; its message names .NET internals.
            throw new MarkdownNestingException(MarkdownNestingException.StandardMessage, exception);
        }
    }
}
