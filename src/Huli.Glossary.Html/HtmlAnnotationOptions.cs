namespace Huli.Glossary;

/// <summary>
/// How <see cref="GlossaryHtml.AnnotateHtml(Glossary, string, System.IO.TextWriter, HtmlAnnotationOptions)"/> treats
/// an HTML document. Immutable (init-only) and thread-safe; the default annotates every occurrence in the body's
/// prose and no heading.
/// </summary>
/// <example><c>new HtmlAnnotationOptions { Scope = AnnotationScope.FirstInSection, AnnotateHeadings = true }</c></example>
public sealed class HtmlAnnotationOptions
{
    private readonly GlossaryScanOptions scan = GlossaryScanOptions.Precise;

    /// <summary>The options used when none are given: every occurrence, headings left alone.</summary>
    public static HtmlAnnotationOptions Default { get; } = new();

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
    /// <remarks>A section starts at each <c>h1</c>–<c>h6</c>, a block at each block element (<c>p</c>, <c>li</c>, <c>td</c>, <c>div</c>…).</remarks>
    public AnnotationScope Scope { get; init; } = AnnotationScope.Every;

    /// <summary>Whether terms in headings (<c>h1</c>–<c>h6</c>) are annotated; false unless set.</summary>
    /// <remarks>Off by default because a heading marked up inside reads badly in tables of contents and tabs.</remarks>
    public bool AnnotateHeadings { get; init; }
}
