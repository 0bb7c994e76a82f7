using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace Huli.Glossary;

/// <summary>
/// <c>&lt;glossary&gt;…&lt;/glossary&gt;</c> in a Razor view or page: its content, rendered as usual, comes out with
/// every term of its prose linked to its note and the notes of the terms used after it, as
/// <see cref="GlossaryHtml.AnnotateHtml(Glossary, string, HtmlAnnotationOptions)"/> does; the element itself leaves no tag.
/// Register it with <c>@addTagHelper *, Huli.Glossary.AspNetCore</c>; it serves the glossary and annotation defaults of
/// <see cref="GlossaryServiceCollectionExtensions.AddGlossary"/>.
/// </summary>
/// <remarks>
/// Razor creates one per element and sets its attributes before <see cref="ProcessAsync"/>, so, unlike the library's
/// other types, it is mutable; it is used by one request at a time. Two <c>glossary</c> elements on one page need
/// different <see cref="IdPrefix"/> values, or their notes' ids collide. Markup in the content is kept byte for byte;
/// links, code and the other elements <see cref="GlossaryHtml"/> skips stay unannotated. The value of an <c>@expression</c>
/// arrives encoded by the app's HtmlEncoder, whose default writes Chinese as character references, which are not matched;
/// an app annotating such values lets the encoder keep CJK (WebEncoderOptions with <c>UnicodeRanges.All</c>).
/// </remarks>
/// <example><c>&lt;glossary&gt;&lt;p&gt;推行散租统管“六统一”模式。&lt;/p&gt;&lt;/glossary&gt;</c></example>
[HtmlTargetElement("glossary")]
public sealed class GlossaryTagHelper : TagHelper
{
    private readonly Glossary glossary;
    private readonly AnnotationOptions defaults;

    /// <summary>Creates the tag helper; Razor does this through the app's services.</summary>
    /// <param name="glossary">The glossary AddGlossary registered; not null.</param>
    /// <param name="options">The options given to AddGlossary; not null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public GlossaryTagHelper(Glossary glossary, IOptions<GlossaryServiceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(options);
        this.glossary = glossary;
        defaults = options.Value.Annotation;
    }

    /// <summary>
    /// The prefix of the ids of the notes (<c>id-prefix="intro-"</c>); null keeps the annotation defaults' prefix
    /// (<c>huli-glossary-</c> unless AddGlossary set another).
    /// </summary>
    [HtmlAttributeName("id-prefix")]
    public string? IdPrefix { get; set; }

    /// <summary>Which occurrences to mark (<c>scope="FirstInDocument"</c>); null keeps the annotation defaults' scope.</summary>
    [HtmlAttributeName("scope")]
    public AnnotationScope? Scope { get; set; }

    /// <summary>Replaces the element with its content annotated.</summary>
    /// <param name="context">The element's context; not null.</param>
    /// <param name="output">The element's output; not null.</param>
    /// <returns>A task that completes when the content is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Scope"/> is not a defined scope.</exception>
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync().ConfigureAwait(false);
        var html = defaults.Html;
        var options = new HtmlAnnotationOptions
        {
            Scope = Scope ?? defaults.Scope,
            Scan = defaults.Scan,
            Output = IdPrefix is null ? html : new HtmlOutputOptions
            {
                IdPrefix = IdPrefix,
                EntryLink = html.EntryLink,
                Standalone = html.Standalone,
                Title = html.Title,
            },
        };
        output.TagName = null;
        output.Content.SetHtmlContent(glossary.AnnotateHtml(content.GetContent(), options));
    }
}
