namespace Huli.Glossary;

/// <summary>
/// How <see cref="GlossaryMarkdown.AnnotateMarkdown(Glossary, string, System.IO.TextWriter, MarkdownAnnotationOptions)"/>
/// treats a Markdown document. Immutable (init-only) and thread-safe; the default annotates every occurrence in
/// paragraphs and table cells, and neither headings nor link text.
/// </summary>
/// <example><c>new MarkdownAnnotationOptions { Scope = AnnotationScope.FirstInDocument, AnnotateLinkText = true }</c></example>
public sealed class MarkdownAnnotationOptions
{
    private readonly GlossaryScanOptions scan = GlossaryScanOptions.Precise;

    /// <summary>The options used when none are given: every occurrence, headings and link text left alone.</summary>
    public static MarkdownAnnotationOptions Default { get; } = new();

    /// <summary>How sure a match must be to be annotated, and what the caller knows about the document;
    /// <see cref="GlossaryScanOptions.Precise"/> unless set.</summary>
    /// <remarks>Document context runs through the document's annotated text in order: a paragraph that names the
    /// place lets a generic term in a later paragraph resolve. Text that is not annotated (headings unless asked, code,
    /// attributes) does not count towards it.</remarks>
    /// <exception cref="System.ArgumentNullException">The value is null.</exception>
    public GlossaryScanOptions Scan
    {
        get => scan;
        init => scan = Huli.Glossary.Internal.Guard.NotNull(value);
    }

    /// <summary>Which occurrences of each entry are annotated; <see cref="AnnotationScope.Every"/> unless set.</summary>
    /// <remarks>A section starts at each heading; a block is a paragraph, a heading or a table cell.</remarks>
    public AnnotationScope Scope { get; init; } = AnnotationScope.Every;

    /// <summary>Whether terms in headings are annotated; false unless set.</summary>
    /// <remarks>Off by default, as for HTML: a footnote mark inside a heading shows up in every table of contents.</remarks>
    public bool AnnotateHeadings { get; init; }

    /// <summary>Whether terms in a link's text are annotated; false unless set. The footnote reference then follows the link.</summary>
    /// <remarks>In <c>[推行六统一](https://example.org)</c> the reference goes after the closing parenthesis, never inside the link.</remarks>
    public bool AnnotateLinkText { get; init; }
}
