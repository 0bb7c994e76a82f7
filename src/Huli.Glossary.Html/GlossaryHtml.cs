using System;
using System.Collections.Generic;
using System.IO;
using Huli.Glossary.Html;
using Huli.Glossary.Internal;
using Huli.Glossary.Rendering;

namespace Huli.Glossary;

/// <summary>
/// Annotates HTML documents: the page comes back byte for byte, with each term of its visible prose marked up as
/// the core's HTML output marks it (a link to its note, described by the note's definition) and the notes of the
/// entries used inserted once, before <c>&lt;/body&gt;</c>. Thread-safe: each call works on its own state.
/// </summary>
/// <remarks>
/// <para>Only text in the body is annotated, never attributes, comments, <c>head</c>, <c>script</c>, <c>style</c>,
/// <c>template</c>, <c>textarea</c>, <c>code</c>, <c>pre</c>, <c>kbd</c>, <c>samp</c>, <c>var</c>, <c>a</c>,
/// <c>abbr</c>, <c>dfn</c>, <c>button</c>, <c>select</c>, <c>svg</c>, <c>math</c> (nor <c>iframe</c>,
/// <c>noscript</c>, <c>object</c>), nor a subtree a page opts out with <c>translate="no"</c>, <c>class="no-glossary"</c>
/// or <c>data-glossary="off"</c>. Headings only when <see cref="HtmlAnnotationOptions.AnnotateHeadings"/> says so.</para>
/// <para>A term split by an element (<c>六&lt;b&gt;统一&lt;/b&gt;</c>) or written with a character reference
/// (<c>六&amp;#32479;一</c>) is not found: matching runs over each run of source text between tags and references.</para>
/// </remarks>
public static class GlossaryHtml
{
    /// <summary>
    /// Writes <paramref name="html"/> to <paramref name="output"/> with every term of its prose marked up
    /// (<c>&lt;a class="huli-glossary" href="#huli-glossary-note-13" aria-describedby="huli-glossary-def-13" …&gt;</c>)
    /// and the notes list of the entries used inserted once: before the first <c>&lt;/body&gt;</c>, or at the end
    /// when the document has none. With <see cref="HtmlAnnotationOptions.InsertAssets"/>, the popovers' CSS and
    /// JavaScript go into the head once.
    /// </summary>
    /// <param name="glossary">The glossary; not null.</param>
    /// <param name="html">The document or fragment, as it is (doctype, comments, broken markup and all); not null.</param>
    /// <param name="output">Where to write; not null. Flushed, not disposed.</param>
    /// <param name="options">What to annotate; null means <see cref="HtmlAnnotationOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a scope that is not defined.</exception>
    /// <remarks>Outside the inserted elements (the terms' links, the notes, the assets) the output equals the input:
    /// removing them gives the input back. A document without a term gets no notes list; an empty one gives an
    /// empty output unless the assets are asked for. Annotating an annotated document again changes nothing: its
    /// terms are links, its notes list is opted out, and the notes of terms added since go into that list.</remarks>
    /// <example><c>Glossary.Default.AnnotateHtml("&lt;p&gt;推行“六统一”模式&lt;/p&gt;", Console.Out, HtmlAnnotationOptions.Default)</c></example>
    public static void AnnotateHtml(this Glossary glossary, string html, TextWriter output, HtmlAnnotationOptions? options)
    {
        options ??= HtmlAnnotationOptions.Default;
        Guard.NotNull(output);
        CheckArguments(glossary, html, options);
        var walked = HtmlTextWalker.Walk(glossary, html, options);
        var markup = new TermMarkup(options.Output);
        foreach (var match in walked.Matches)
        {
            // The notes may come before terms after a </body>; they list every entry the document uses.
            markup.Use(match.Entry);
        }

        var inserts = new Inserts(html, output, markup, walked, options.InsertAssets && !walked.HasAssets);
        foreach (var match in walked.Matches)
        {
            inserts.CopyTo(match.Start);
            markup.WriteTermStart(output, match.Entry);
            inserts.Copy(match.End);
            TermMarkup.WriteTermEnd(output);
        }

        inserts.CopyTo(html.Length);
        output.Flush();
    }

    /// <summary>Returns <paramref name="html"/> with every term of its prose marked up and the notes of the entries used inserted once.</summary>
    /// <param name="glossary">The glossary; not null.</param>
    /// <param name="html">The document or fragment; not null.</param>
    /// <param name="options">What to annotate; null means <see cref="HtmlAnnotationOptions.Default"/>.</param>
    /// <returns>The annotated document; the input unchanged when it holds no term and the assets are not asked for.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a scope that is not defined.</exception>
    /// <remarks>See <see cref="AnnotateHtml(Glossary, string, TextWriter, HtmlAnnotationOptions)"/>.</remarks>
    /// <example><c>var page = Glossary.Default.AnnotateHtml(File.ReadAllText("report.html"), HtmlAnnotationOptions.Default);</c></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "As Glossary.Annotate: the string form is the common call; its options stay optional though the writer overload takes more parameters.")]
    public static string AnnotateHtml(this Glossary glossary, string html, HtmlAnnotationOptions? options = null)
    {
        options ??= HtmlAnnotationOptions.Default;
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        AnnotateHtml(glossary, html, output, options);
        return output.ToString();
    }

    /// <summary>The matches <see cref="AnnotateHtml(Glossary, string, TextWriter, HtmlAnnotationOptions)"/> would mark, with offsets into the document as given.</summary>
    /// <param name="glossary">The glossary; not null.</param>
    /// <param name="html">The document or fragment; not null.</param>
    /// <param name="options">What to annotate; null means <see cref="HtmlAnnotationOptions.Default"/>.</param>
    /// <returns>The matches in document order, [Start, End) in UTF-16 code units of <paramref name="html"/>; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a scope that is not defined.</exception>
    /// <remarks>In <c>&lt;p title="六统一"&gt;六统一&lt;/p&gt;</c> the one match starts at 15: the attribute is never read.</remarks>
    /// <example><c>Glossary.Default.ScanHtml("&lt;p&gt;六统一&lt;/p&gt;", HtmlAnnotationOptions.Default)[0].Start // 3</c></example>
    public static IReadOnlyList<GlossaryMatch> ScanHtml(this Glossary glossary, string html, HtmlAnnotationOptions? options = null)
    {
        options ??= HtmlAnnotationOptions.Default;
        CheckArguments(glossary, html, options);
        return HtmlTextWalker.Walk(glossary, html, options).Matches;
    }

    private static void CheckArguments(Glossary glossary, string html, HtmlAnnotationOptions options)
    {
        Guard.NotNull(glossary);
        Guard.NotNull(html);

        if (options.Scope is < AnnotationScope.Every or > AnnotationScope.FirstInBlock)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Scope, "Not a defined AnnotationScope.");
        }
    }

    /// <summary>Copies the document to the output, putting the assets and the notes in at their places on the way.</summary>
    private sealed class Inserts(string html, TextWriter output, TermMarkup markup, Walked walked, bool assets)
    {
        private int written;
        private bool assetsDue = assets;
        private bool notesDue = true;

        public void CopyTo(int end)
        {
            // In document order; the assets first where both fall on one place (a document with neither head nor body tags).
            var assetsFirst = walked.AssetsAt <= walked.NotesAt;
            InsertAssets(end, assetsFirst);
            InsertNotes(end);
            InsertAssets(end, true);
            Copy(end);
        }

        private void InsertAssets(int end, bool now)
        {
            if (now && assetsDue && walked.AssetsAt <= end)
            {
                Copy(walked.AssetsAt);
                output.Write(GlossaryAssets.HeadMarkup);
                assetsDue = false;
            }
        }

        private void InsertNotes(int end)
        {
            if (notesDue && walked.NotesAt <= end)
            {
                Copy(walked.NotesAt);
                if (walked.Listed is null)
                {
                    markup.WriteNotes(output);
                }
                else
                {
                    markup.WriteNotesMissingFrom(output, walked.Listed);
                }

                notesDue = false;
            }
        }

        /// <summary>Copies up to <paramref name="end"/> with nothing put in: a term's own text.</summary>
        public void Copy(int end)
        {
            output.WriteSpan(html.AsSpan(written, end - written));
            written = end;
        }
    }
}
