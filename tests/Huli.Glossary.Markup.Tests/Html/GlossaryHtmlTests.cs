using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Huli.Glossary.Markup.Tests.Support;

namespace Huli.Glossary.Markup.Tests.Html;

public class GlossaryHtmlTests
{
    private const string Term = "推行散租统管“六统一”模式";

    private static Glossary Glossary => Glossary.Default;

    private static readonly HtmlAnnotationOptions WithAssets = new() { InsertAssets = true };

    private static string Annotate(string html, HtmlAnnotationOptions? options = null) => Glossary.AnnotateHtml(html, options ?? HtmlAnnotationOptions.Default);

    [Theory]
    [InlineData("<p title=\"六统一\">x</p>", "<p title=\"x\">六统一</p>")]
    [InlineData("<p><!-- 六统一 --></p>", "<p><!-- x -->六统一</p>")]
    [InlineData("<html><head><title>六统一</title></head><body>x</body></html>", "<html><head><title>x</title></head><body>六统一</body></html>")]
    [InlineData("<script>var s = '六统一';</script>", "<script>var s;</script>六统一")]
    [InlineData("<style>/* 六统一 */</style>", "<style></style>六统一")]
    [InlineData("<template><p>六统一</p></template>", "<div><p>六统一</p></div>")]
    [InlineData("<textarea>六统一</textarea>", "<label>六统一</label>")]
    [InlineData("<p><code>六统一</code></p>", "<p><em>六统一</em></p>")]
    [InlineData("<pre>六统一</pre>", "<div>六统一</div>")]
    [InlineData("<kbd>六统一</kbd>", "<b>六统一</b>")]
    [InlineData("<samp>六统一</samp>", "<i>六统一</i>")]
    [InlineData("<var>六统一</var>", "<u>六统一</u>")]
    [InlineData("<a href=\"#\">六统一</a>", "<span>六统一</span>")]
    [InlineData("<abbr title=\"x\">六统一</abbr>", "<strong>六统一</strong>")]
    [InlineData("<dfn>六统一</dfn>", "<mark>六统一</mark>")]
    [InlineData("<button>六统一</button>", "<label>六统一</label>")]
    [InlineData("<select><option>六统一</option></select>", "<ul><li>六统一</li></ul>")]
    [InlineData("<svg><text>六统一</text></svg>", "<figure><figcaption>六统一</figcaption></figure>")]
    [InlineData("<math><mi>六统一</mi></math>", "<small>六统一</small>")]
    [InlineData("<div translate=\"no\"><p>六统一</p></div>", "<div translate=\"yes\"><p>六统一</p></div>")]
    [InlineData("<div class=\"intro no-glossary\"><span>六统一</span></div>", "<div class=\"intro no-glossary-x\"><span>六统一</span></div>")]
    [InlineData("<section data-glossary=\"off\">六统一</section>", "<section data-glossary=\"on\">六统一</section>")]
    [InlineData("<h2>六统一</h2>", "<h2>x</h2><p>六统一</p>")]
    [InlineData("<p translate=no>六统一<span>x</span>", "<p translate=no>x<p>六统一")]
    public void A_skipped_place_gets_nothing_and_the_same_term_in_prose_is_marked(string skipped, string prose)
    {
        Glossary.ScanHtml(skipped, HtmlAnnotationOptions.Default).Should().BeEmpty();
        Annotate(skipped).Should().Be(skipped);
        Glossary.ScanHtml(prose, HtmlAnnotationOptions.Default).Should().ContainSingle().Which.Entry.Number.Should().Be(13);
    }

    [Fact]
    public void Headings_are_annotated_only_when_asked()
    {
        const string page = "<h1>六统一</h1><h3 class=x>七办联动</h3><p>x</p>";

        Glossary.ScanHtml(page, HtmlAnnotationOptions.Default).Should().BeEmpty();
        Glossary.ScanHtml(page, new HtmlAnnotationOptions { AnnotateHeadings = true }).Select(m => m.Entry.Number).Should().Equal(13, 28);
    }

    [Fact]
    public void A_term_is_written_as_the_core_writes_it_around_its_own_source_text()
    {
        var output = Annotate("<p>推行“六统一”模式</p>");

        output.Should().StartWith("<p>推行“<a class=\"huli-glossary\" href=\"#huli-glossary-note-13\" aria-describedby=\"huli-glossary-def-13\" data-glossary-number=\"13\">六统一</a>”模式</p>");
        using var core = new StringWriter();
        Glossary.Annotate("六统一", core, new AnnotationOptions { Format = AnnotationFormat.Html });
        var coreNotes = core.ToString().Substring(core.ToString().IndexOf("</a>", StringComparison.Ordinal) + "</a>".Length);
        output.Should().EndWith("</p>" + coreNotes, "the notes are the core's, word for word");
    }

    [Theory]
    [InlineData("<html><body><p>六统一</p>\n</body>\n</html>", "<html><body><p>", "\n<section", "</body>\n</html>")]
    [InlineData("<p>六统一</p>", "<p>", "</p>\n<section", "</section>\n")]
    [InlineData("<body><p>六统一</body><p>七办联动", "<body><p>", "六统一</a>\n<section", "</section>\n</body><p>")]
    public void The_notes_go_once_before_the_end_of_the_body_or_at_the_end(string page, string start, string before, string after)
    {
        var output = Annotate(page);

        output.Should().StartWith(start).And.Contain(before).And.Contain(after);
        Inserted.CountNotes(output).Should().Be(1);
        Inserted.RemoveFromHtml(output).Should().Be(page);
    }

    [Fact]
    public void The_notes_list_every_entry_used_even_after_the_end_of_the_body()
    {
        var output = Annotate("<body><p>六统一</p></body><p>七办联动</p>");

        var notes = output.Substring(output.IndexOf("<section", StringComparison.Ordinal));
        notes.Should().Contain("id=\"huli-glossary-note-13\"").And.Contain("id=\"huli-glossary-note-28\"");
    }

    [Fact]
    public void A_page_without_a_term_gets_no_notes()
    {
        const string page = "<html><body><p>没有名词</p></body></html>";

        Annotate(page).Should().Be(page);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>t</title></head><body>六统一</body></html>", "<!DOCTYPE html><html><head><title>t</title>", "</head>")]
    [InlineData("<html><head><meta charset=utf-8><body>六统一", "<html><head>", "<meta charset=utf-8>")]
    [InlineData("<!DOCTYPE html>\n<html lang=zh-CN>\n<title>t</title><p>六统一", "<!DOCTYPE html>\n<html lang=zh-CN>", "\n<title>")]
    [InlineData("<!-- a page --><!DOCTYPE html><p>六统一", "<!-- a page --><!DOCTYPE html>", "<p>")]
    [InlineData("<p>六统一</p>", "", "<p>")]
    [InlineData("", "", "")]
    public void The_assets_go_once_into_the_head_or_where_a_browser_would_open_it(string page, string before, string after)
    {
        var output = Annotate(page, new HtmlAnnotationOptions { InsertAssets = true });

        output.Should().StartWith(before + GlossaryAssets.HeadMarkup + after);
        output.Split(GlossaryAssets.HeadMarkup).Should().HaveCount(2);
        Inserted.RemoveFromHtml(output).Should().Be(page);
    }

    [Theory]
    [InlineData("<html><head><title>t</title></head><body><p>七办联动</p></body></html>")]
    [InlineData("<!DOCTYPE html><p>推行“六统一”模式，七办联动</p><p>两改造三提升</p>")]
    [InlineData("<body><p>六统一</p></body><p>七办联动</p>")]
    [InlineData("<p>没有名词</p>")]
    [InlineData("")]
    public void Annotating_an_annotated_page_again_changes_nothing(string page)
    {
        foreach (var options in new[]
        {
            HtmlAnnotationOptions.Default,
            WithAssets,
            new HtmlAnnotationOptions { InsertAssets = true, Scope = AnnotationScope.FirstInDocument, Output = new() { IdPrefix = "r-" } },
        })
        {
            var once = Annotate(page, options);

            Annotate(once, options).Should().Be(once);
        }
    }

    [Fact]
    public void The_definitions_in_the_notes_are_left_alone_by_a_second_pass()
    {
        // 七办 appears inside entry 28's own definition: a second pass marked it before the notes opted out.
        var once = Annotate("<p>七办联动</p>");

        Glossary.ScanHtml(once, HtmlAnnotationOptions.Default).Should().BeEmpty();
        var unmarked = once.Replace(" data-glossary=\"off\"", string.Empty, StringComparison.Ordinal);
        Glossary.ScanHtml(unmarked, HtmlAnnotationOptions.Default).Should().BeEmpty("a notes list written before the marker is recognised all the same");
        Glossary.ScanHtml(unmarked.Replace("class=\"huli-glossary-notes\"", "class=\"notes\"", StringComparison.Ordinal), HtmlAnnotationOptions.Default)
            .Should().NotBeEmpty("a section that is neither marked nor the notes list holds terms in its definitions");
    }

    [Fact]
    public void New_text_in_an_annotated_page_adds_its_notes_to_the_page_list_without_repeating_an_id()
    {
        var once = Annotate("<html><body><p>七办联动</p></body></html>");
        var edited = once.Replace("</p>", "</p><p>六统一，七办联动</p>", StringComparison.Ordinal);

        var twice = Annotate(edited);

        Inserted.CountNotes(twice).Should().Be(1);
        twice.Split("<section").Should().HaveCount(2);
        twice.Split("id=\"huli-glossary-note-28\"").Should().HaveCount(2);
        twice.Split("id=\"huli-glossary-note-13\"").Should().HaveCount(2);
        twice.IndexOf("id=\"huli-glossary-note-13\"", StringComparison.Ordinal).Should().BeGreaterThan(twice.IndexOf("id=\"huli-glossary-note-28\"", StringComparison.Ordinal));
        Inserted.CountInHtml(twice).Should().Be(3);
        Inserted.RemoveFromHtml(twice).Should().Be(Inserted.RemoveFromHtml(edited));
        Annotate(twice).Should().Be(twice);
    }

    [Fact]
    public void A_notes_list_with_another_id_prefix_is_not_taken_for_this_one()
    {
        var fragment = Annotate("<p>七办联动</p>", new HtmlAnnotationOptions { Output = new() { IdPrefix = "part1-" } });
        var page = "<html><body>" + fragment + "<p>七办联动</p></body></html>";

        var output = Annotate(page);

        Inserted.CountNotes(output).Should().Be(2, "one list per prefix, as the ids differ");
        output.Split("id=\"huli-glossary-note-28\"").Should().HaveCount(2);
        output.Split("id=\"part1-note-28\"").Should().HaveCount(2);
    }

    [Fact]
    public void Without_the_option_no_asset_is_inserted()
    {
        Annotate("<html><head></head><body>六统一</body></html>").Should().NotContain("<style>").And.NotContain("<script");
    }

    [Fact]
    public void The_output_options_name_the_ids_and_link_the_entries()
    {
        var options = new HtmlAnnotationOptions { Output = new() { IdPrefix = "report-", EntryLink = "/glossary.html#entry-{number}" } };

        var output = Annotate("<p>六统一</p>", options);

        output.Should().Contain("href=\"#report-note-13\" aria-describedby=\"report-def-13\"")
            .And.Contain("<li id=\"report-note-13\" value=\"13\">")
            .And.Contain("<a class=\"huli-glossary-entry\" href=\"/glossary.html#entry-13\">");
        Annotate("<p>六统一</p>").Should().NotContain("huli-glossary-entry", "no entry link unless one is given");
    }

    [Fact]
    public void A_document_cannot_be_made_standalone()
    {
        FluentActions.Invoking(() => new HtmlAnnotationOptions { Output = new() { Standalone = true } })
            .Should().Throw<ArgumentException>().WithMessage("*already a page*");
        FluentActions.Invoking(() => new HtmlAnnotationOptions { Output = null! }).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_term_inside_a_link_of_the_page_is_left_alone_and_the_same_term_beside_it_is_marked()
    {
        const string page = "<p><a href=\"/x\">六统一</a>六统一</p>";

        var output = Annotate(page);

        output.Should().StartWith("<p><a href=\"/x\">六统一</a><a class=\"huli-glossary\"");
        Inserted.CountInHtml(output).Should().Be(1);
    }

    [Fact]
    public void Offsets_point_into_the_document_as_given()
    {
        const string page = "<!DOCTYPE html>\r\n<p class='a' title=\"六统一\">&nbsp;推行“六统一”</p>";

        var match = Glossary.ScanHtml(page, HtmlAnnotationOptions.Default).Should().ContainSingle().Subject;

        page.Substring(match.Start, match.Length).Should().Be("六统一");
        match.Start.Should().Be(page.LastIndexOf('六'));
    }

    [Theory]
    [InlineData("六<b>统一</b>")]
    [InlineData("六&#32479;一")]
    [InlineData("六<!-- -->统一")]
    public void A_term_split_by_an_element_or_a_character_reference_is_not_matched(string html)
    {
        Glossary.ScanHtml(html, HtmlAnnotationOptions.Default).Should().BeEmpty();
    }

    [Theory]
    [InlineData(AnnotationScope.Every, new[] { 13, 13, 13, 13 })]
    [InlineData(AnnotationScope.FirstInDocument, new[] { 13 })]
    [InlineData(AnnotationScope.FirstInSection, new[] { 13, 13 })]
    [InlineData(AnnotationScope.FirstInBlock, new[] { 13, 13, 13 })]
    public void Scope_decides_which_occurrences_are_marked(AnnotationScope scope, int[] numbers)
    {
        const string page = "<p>六统一，六统一</p><li>六统一</li><h2>二</h2><p>六统一</p>";

        Glossary.ScanHtml(page, new HtmlAnnotationOptions { Scope = scope }).Select(m => m.Entry.Number).Should().Equal(numbers);
    }

    [Fact]
    public void A_generic_term_resolves_after_an_earlier_paragraph_named_the_place_and_not_before()
    {
        const string Document = "<p>耕地“三位一体”保护。</p>\n<p>湖里区推行改革。</p>\n<p>打造“三位一体”合规体系。</p>\n";

        var precise = Glossary.ScanHtml(Document, HtmlAnnotationOptions.Default);
        var lenient = Glossary.ScanHtml(Document, new HtmlAnnotationOptions { Scan = GlossaryScanOptions.Lenient });

        precise.Select(m => (m.Spelling, m.Evidence)).Should().Equal(("三位一体", GlossaryEvidence.DocumentContext));
        precise[0].Start.Should().Be(Document.LastIndexOf("三位一体", StringComparison.Ordinal));
        lenient.Select(m => (m.Evidence, m.Confidence)).Should().Equal((GlossaryEvidence.Quotes, 0.5), (GlossaryEvidence.DocumentContext, 0.85));
    }

    [Fact]
    public void The_report_as_a_page_gives_the_same_prose_matches_as_the_text_and_none_elsewhere()
    {
        var page = TestData.ReportPage();
        // One text of the paragraphs: document context (the place named, the district's terms used) runs through the document.
        var expected = Glossary.Scan(string.Join("\n", TestData.Paragraphs)).Select(m => (m.Entry.Number, m.Spelling)).ToList();

        var found = Glossary.ScanHtml(page, HtmlAnnotationOptions.Default);

        expected.Should().HaveCountGreaterThan(40);
        found.Select(m => (m.Entry.Number, m.Spelling)).Should().Equal(expected);
        var bodyStart = page.IndexOf("<h1>", StringComparison.Ordinal);
        var bodyEnd = page.IndexOf("<pre>", StringComparison.Ordinal);
        found.Should().OnlyContain(m => m.Start > bodyStart && m.End < bodyEnd && page[m.Start - 1] != '"');
        Inserted.RemoveFromHtml(Annotate(page)).Should().Be(page);
    }

    [Fact]
    public void A_cms_page_with_inline_styles_and_span_soup_keeps_its_bytes()
    {
        const string page = "<DIV style='font-family:\"微软雅黑\";FONT-SIZE: 16px' class=TRS_Editor>\r\n"
            + "<P align=justify><SPAN style=\"mso-spacerun:'yes'\"><FONT face=宋体>推行散租统管&ldquo;六统一&rdquo;模式，</FONT></SPAN>"
            + "<SPAN lang=EN-US>&nbsp;&nbsp;</SPAN><span style='color:#333'>优化“七办”联动机制<o:p></o:p></span><BR>\r\n"
            + "<SPAN>实施“两改造三提升”</SPAN></P>\r\n<P>&#160;</P><p>残缺<b>标签 <i>交错</b>六统一</i></DIV>";

        var output = Annotate(page);

        Inserted.RemoveFromHtml(output).Should().Be(page);
        Inserted.CountInHtml(output).Should().Be(4);
    }

    [Fact]
    public void Random_fragments_come_back_byte_for_byte_once_the_inserted_elements_are_removed()
    {
        string[] pieces =
        [
            "六统一", "“七办”联动", "两改造三提升", "2+2+N", "135", "<p>", "</p>", "<b>", "</b>", "<a href=x>", "</a>",
            "<code>", "</code>", "<!--", "-->", "<script>", "</script>", "<style>", "&amp;", "&nbsp", "&#x516d;", "<", ">",
            "\"", "'", "=", " ", "\r\n", "<div translate=no>", "</div>", "<br/>", "<svg>", "</svg>", "<![CDATA[", "]]>",
            "<title>", "</title>", "<textarea>", "</textarea>", "推行", "。", "<!DOCTYPE html>", "<p class='no-glossary'>",
            "<html>", "<head>", "</head>", "<body>", "</body>",
        ];
        var marked = 0;
        Gen.Int[0, pieces.Length - 1].Array[0, 40].Select(picks => string.Concat(picks.Select(i => pieces[i]))).Sample(html =>
        {
            var output = Annotate(html, new HtmlAnnotationOptions { InsertAssets = html.Length % 2 == 0 });
            marked += Inserted.CountInHtml(output);
            Inserted.RemoveFromHtml(output).Should().Be(html);
        }, iter: 2000);

        marked.Should().BeGreaterThan(200, "a property that never inserts anything proves nothing");
    }

    [Fact]
    public void Every_html5lib_input_comes_back_byte_for_byte_and_gets_nothing_inside_it()
    {
        var marked = 0;
        foreach (var input in TestData.Html5libInputs)
        {
            var html = input + Term;
            var output = Annotate(html, WithAssets);

            Inserted.RemoveFromHtml(output).Should().Be(html);
            Inserted.RemoveNotesAndAssets(output).Substring(0, input.Length).Should().Be(input, "no term is marked inside the original part");
            marked += Inserted.CountInHtml(output);
        }

        TestData.Html5libInputs.Should().HaveCount(1592);
        marked.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void The_writer_overload_writes_what_the_string_overload_returns()
    {
        var page = TestData.ReportPage();
        using var writer = new StringWriter();

        Glossary.AnnotateHtml(page, writer, HtmlAnnotationOptions.Default);

        writer.ToString().Should().Be(Annotate(page));
    }

    [Fact]
    public void Options_left_out_or_null_mean_the_default_options()
    {
        const string document = "<p>推行六统一</p>";
        var expected = Glossary.AnnotateHtml(document, HtmlAnnotationOptions.Default);
        expected.Should().NotBe(document);

        Glossary.AnnotateHtml(document).Should().Be(expected);
        Glossary.AnnotateHtml(document, null).Should().Be(expected);
        Glossary.ScanHtml(document).Should().Equal(Glossary.ScanHtml(document, HtmlAnnotationOptions.Default));
        using var output = new StringWriter();
        Glossary.AnnotateHtml(document, output, null);
        output.ToString().Should().Be(expected);
    }

    [Fact]
    public void Null_arguments_and_undefined_scopes_are_refused()
    {
        FluentActions.Invoking(() => Glossary.AnnotateHtml(null!, HtmlAnnotationOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("html");
        FluentActions.Invoking(() => Glossary.AnnotateHtml("x", null!, HtmlAnnotationOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => Glossary.ScanHtml("x", new HtmlAnnotationOptions { Scope = (AnnotationScope)9 })).Should().Throw<ArgumentOutOfRangeException>();
    }
}
