using System;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// How <see cref="GlossaryHtml.AnnotateHtml(Glossary, string, System.IO.TextWriter, HtmlAnnotationOptions)"/> treats
/// an HTML document. Immutable (init-only) and thread-safe; <see cref="Output"/> is checked when set, <see cref="Scope"/>
/// when a call uses the options (as <see cref="AnnotationOptions"/> is). The default annotates every occurrence in
/// the body's prose and no heading, with the ids and links of <see cref="HtmlOutputOptions.Default"/>, and leaves
/// the head alone.
/// </summary>
/// <example><c>new HtmlAnnotationOptions { Scope = AnnotationScope.FirstInSection, InsertAssets = true }</c></example>
public sealed class HtmlAnnotationOptions
{
    private readonly HtmlOutputOptions output = HtmlOutputOptions.Default;
    private readonly GlossaryScanOptions scan = GlossaryScanOptions.Precise;

    /// <summary>The options used when none are given: every occurrence, the precise policy, headings left alone, default ids, no entry link, no assets.</summary>
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

    /// <summary>
    /// How the inserted terms and notes name their ids and link the entries (<see cref="HtmlOutputOptions.IdPrefix"/>,
    /// <see cref="HtmlOutputOptions.EntryLink"/>); <see cref="HtmlOutputOptions.Default"/> unless set.
    /// </summary>
    /// <remarks>A document is already a page, so <see cref="HtmlOutputOptions.Standalone"/> cannot be set here
    /// (nor has <see cref="HtmlOutputOptions.Title"/> a use); <see cref="InsertAssets"/> gives the page the popovers.</remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value has <see cref="HtmlOutputOptions.Standalone"/> set.</exception>
    /// <example><c>Output = new() { IdPrefix = "report-", EntryLink = "/glossary#entry-{number}" }</c></example>
    public HtmlOutputOptions Output
    {
        get => output;
        init
        {
            Guard.NotNull(value);
            if (value.Standalone)
            {
                throw new ArgumentException("An HTML document is already a page: it cannot be made standalone. Set InsertAssets to give it the popovers.", nameof(value));
            }

            output = value;
        }
    }

    /// <summary>
    /// Whether <see cref="GlossaryAssets.HeadMarkup"/> (the popovers' CSS and JavaScript) is inserted once into the
    /// document's head; false unless set.
    /// </summary>
    /// <remarks>It goes before <c>&lt;/head&gt;</c>, or after <c>&lt;head&gt;</c> when the end tag is left out. A
    /// document that writes no head at all gets it at its start, after its doctype and <c>&lt;html&gt;</c> start
    /// tag if it has them, where a browser opens the head it implies; a fragment so annotated carries its assets
    /// with it, so a page holding several fragments should rather put <see cref="GlossaryAssets.HeadMarkup"/> into
    /// its own head once. A page that already loads the assets should leave this off; one that holds
    /// <see cref="GlossaryAssets.HeadMarkup"/> already, from an earlier pass, does not get it again.</remarks>
    public bool InsertAssets { get; init; }
}
