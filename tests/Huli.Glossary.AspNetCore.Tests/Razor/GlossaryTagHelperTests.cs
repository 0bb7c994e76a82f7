using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace Huli.Glossary.AspNetCore.Tests.Razor;

/// <summary>
/// <c>&lt;glossary&gt;…&lt;/glossary&gt;</c>: driven as Razor drives it (attributes set, then ProcessAsync on an output
/// whose child content is the rendered body), its content comes out annotated and the element leaves no tag.
/// </summary>
public sealed class GlossaryTagHelperTests
{
    private const string Link13 = "href=\"#huli-glossary-note-13\"";

    [Fact]
    public async Task A_term_in_the_content_is_linked_to_its_note_and_the_element_leaves_no_tag()
    {
        var (output, rendered) = await Run(new GlossaryTagHelper(Glossary.Default, Defaults()), "<p>推进“六统一”模式</p>");

        output.TagName.Should().BeNull();
        rendered.Should().StartWith("<p>推进“<a class=\"huli-glossary\" " + Link13);
        rendered.Should().Contain("<li id=\"huli-glossary-note-13\" value=\"13\">");
        rendered.Should().NotContain("glossary>");
        rendered.Should().Be(Glossary.Default.AnnotateHtml("<p>推进“六统一”模式</p>"));
    }

    [Fact]
    public async Task Content_without_terms_comes_back_unchanged()
    {
        const string content = "<section class='x'><p>今天 &amp; 明天 &lt;b&gt; <b>天气</b></p></section>";

        var (_, rendered) = await Run(new GlossaryTagHelper(Glossary.Default, Defaults()), content);

        rendered.Should().Be(content);
    }

    [Fact]
    public async Task Markup_and_character_references_around_a_term_are_kept_byte_for_byte()
    {
        const string before = "<p class='x' data-a=\"1&amp;2\">A &amp; B &lt;tag&gt; &#x4E2D; 推进“";

        var (_, rendered) = await Run(new GlossaryTagHelper(Glossary.Default, Defaults()), before + "六统一”</p>");

        rendered.Should().StartWith(before + "<a class=\"huli-glossary\" " + Link13);
    }

    [Fact]
    public async Task Text_of_an_expression_stays_encoded_and_is_annotated_when_the_encoder_keeps_chinese()
    {
        var encoded = HtmlEncoder.Create(UnicodeRanges.All).Encode("<script>推进“六统一”</script>");

        var (_, rendered) = await Run(new GlossaryTagHelper(Glossary.Default, Defaults()), encoded);

        rendered.Should().StartWith("&lt;script&gt;推进“<a class=\"huli-glossary\" " + Link13);
        rendered.Should().NotContain("<script>");
    }

    [Fact]
    public async Task Text_of_an_expression_under_the_default_encoder_is_character_references_and_stays_unannotated()
    {
        var encoded = HtmlEncoder.Default.Encode("推进“六统一”");

        var (_, rendered) = await Run(new GlossaryTagHelper(Glossary.Default, Defaults()), encoded);

        encoded.Should().StartWith("&#x");
        rendered.Should().Be(encoded);
    }

    [Fact]
    public async Task A_term_in_code_or_a_link_stays_unannotated()
    {
        const string content = "<p><code>六统一</code> <a href=\"/x\">六统一</a></p>";

        var (_, rendered) = await Run(new GlossaryTagHelper(Glossary.Default, Defaults()), content);

        rendered.Should().Be(content);
    }

    [Fact]
    public async Task Id_prefix_sets_the_start_of_every_id_the_notes_use()
    {
        var helper = new GlossaryTagHelper(Glossary.Default, Defaults()) { IdPrefix = "intro-" };

        var (_, rendered) = await Run(helper, "<p>推进“六统一”模式</p>");

        rendered.Should().Contain("href=\"#intro-note-13\"").And.Contain("<li id=\"intro-note-13\"");
        rendered.Should().NotContain("huli-glossary-note-");
    }

    [Theory]
    [InlineData(AnnotationScope.Every, 2)]
    [InlineData(AnnotationScope.FirstInDocument, 1)]
    public async Task Scope_decides_which_occurrences_are_linked(AnnotationScope scope, int links)
    {
        var helper = new GlossaryTagHelper(Glossary.Default, Defaults()) { Scope = scope };

        var (_, rendered) = await Run(helper, "<p>推进“六统一”。</p><p>落实“六统一”。</p>");

        Regex.Count(rendered, "<a class=\"huli-glossary\" " + Link13).Should().Be(links);
    }

    [Fact]
    public async Task Without_attributes_the_defaults_given_to_AddGlossary_apply()
    {
        var defaults = Defaults(new AnnotationOptions
        {
            Scope = AnnotationScope.FirstInDocument,
            Html = new HtmlOutputOptions { IdPrefix = "site-" },
        });

        var (_, rendered) = await Run(new GlossaryTagHelper(Glossary.Default, defaults), "<p>推进“六统一”。</p><p>落实“六统一”。</p>");

        Regex.Count(rendered, "<a class=\"huli-glossary\" href=\"#site-note-13\"").Should().Be(1);
    }

    [Fact]
    public async Task Attributes_win_over_the_defaults_given_to_AddGlossary()
    {
        var defaults = Defaults(new AnnotationOptions
        {
            Scope = AnnotationScope.FirstInDocument,
            Html = new HtmlOutputOptions { IdPrefix = "site-" },
        });
        var helper = new GlossaryTagHelper(Glossary.Default, defaults) { Scope = AnnotationScope.Every, IdPrefix = "intro-" };

        var (_, rendered) = await Run(helper, "<p>推进“六统一”。</p><p>落实“六统一”。</p>");

        Regex.Count(rendered, "<a class=\"huli-glossary\" href=\"#intro-note-13\"").Should().Be(2);
        rendered.Should().NotContain("site-");
    }

    [Fact]
    public async Task The_glossary_served_is_the_one_given()
    {
        var mine = Glossary.Create([new GlossaryEntry { Number = 1, Term = "五个一", Definition = "一个定义。" }]);

        var (_, rendered) = await Run(new GlossaryTagHelper(mine, Defaults()), "<p>推进“六统一”和“五个一”</p>");

        rendered.Should().Contain("href=\"#huli-glossary-note-1\"").And.NotContain(Link13);
    }

    [Fact]
    public async Task A_scope_that_is_not_defined_is_refused()
    {
        var helper = new GlossaryTagHelper(Glossary.Default, Defaults()) { Scope = (AnnotationScope)99 };

        var run = () => Run(helper, "<p>推进“六统一”</p>");

        await run.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_missing_glossary_or_options_is_refused()
    {
        var noGlossary = () => new GlossaryTagHelper(null!, Defaults());
        var noOptions = () => new GlossaryTagHelper(Glossary.Default, null!);

        noGlossary.Should().Throw<ArgumentNullException>().WithParameterName("glossary");
        noOptions.Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    private static IOptions<GlossaryServiceOptions> Defaults(AnnotationOptions? annotation = null) =>
        Options.Create(new GlossaryServiceOptions { Annotation = annotation ?? AnnotationOptions.Default });

    // Razor hands the helper its body already rendered: markup as written, an @expression's value encoded by the app's
    // HtmlEncoder; the element is then written out as a page writes it.
    private static async Task<(TagHelperOutput Output, string Rendered)> Run(GlossaryTagHelper helper, string html)
    {
        var context = new TagHelperContext("glossary", [], new Dictionary<object, object>(), "1");
        var output = new TagHelperOutput("glossary", [], (_, _) => Task.FromResult(new DefaultTagHelperContent().SetHtmlContent(html)));

        await helper.ProcessAsync(context, output);

        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return (output, writer.ToString());
    }
}
