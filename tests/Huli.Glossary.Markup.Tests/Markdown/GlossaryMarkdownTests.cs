using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Huli.Glossary.Markup.Tests.Support;
using Markdig;

namespace Huli.Glossary.Markup.Tests.Markdown;

public class GlossaryMarkdownTests
{
    private const string Sentence = "推行散租统管“六统一”模式。";

    private static readonly MarkdownPipeline Renderer = new MarkdownPipelineBuilder()
        .UsePipeTables().UseFootnotes().UseYamlFrontMatter().UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough).Build();

    private static Glossary Glossary => Glossary.Default;

    private static string Annotate(string markdown, MarkdownAnnotationOptions? options = null) =>
        Glossary.AnnotateMarkdown(markdown, options ?? MarkdownAnnotationOptions.Default);

    private static int FootnoteReferences(string markdown) =>
        Regex.Count(Markdig.Markdown.ToHtml(markdown, Renderer), "class=\"footnote-ref\"");

    [Theory]
    [InlineData("`六统一`", "*六统一*")]
    [InlineData("```\n六统一\n```", "> 六统一")]
    [InlineData("    六统一", "- 六统一")]
    [InlineData("[x](https://example.org/六统一)", "[x](https://example.org/) 六统一")]
    [InlineData("[x](https://example.org/ \"六统一\")", "[x](https://example.org/ \"y\")六统一")]
    [InlineData("![六统一](a.png)", "![x](a.png)六统一")]
    [InlineData("[六统一](https://example.org/)", "**六统一** [x](https://example.org/)")]
    [InlineData("<https://example.org/六统一>", "<https://example.org/>六统一")]
    [InlineData("<span title=\"六统一\">x</span>", "<span title=\"x\">六统一</span>")]
    [InlineData("<div>\n六统一\n</div>", "<div>\n\n六统一\n\n</div>")]
    [InlineData("a <code>六统一</code>", "a <em>六统一</em>")]
    [InlineData("---\ntitle: 六统一\n---\n\nx", "---\ntitle: x\n---\n\n六统一")]
    [InlineData("# 六统一", "六统一\n\n# x")]
    [InlineData("x[^1]\n\n[^1]: 六统一", "六统一[^1]\n\n[^1]: x")]
    [InlineData("六\\统一", "六统一\\")]
    [InlineData("六&#32479;一", "六统一&amp;")]
    [InlineData("六**统一**", "**六统一**")]
    public void A_skipped_place_gets_nothing_and_the_same_term_in_prose_is_marked(string skipped, string prose)
    {
        Glossary.ScanMarkdown(skipped, MarkdownAnnotationOptions.Default).Should().BeEmpty();
        Annotate(skipped).Should().Be(skipped);
        Glossary.ScanMarkdown(prose, MarkdownAnnotationOptions.Default).Should().ContainSingle().Which.Entry.Number.Should().Be(13);
        FootnoteReferences(Annotate(prose)).Should().Be(FootnoteReferences(prose) + 1);
    }

    [Fact]
    public void Table_cells_and_emphasis_are_annotated()
    {
        const string table = "| 名称 | 说明 |\n|---|---|\n| *六统一* | 七办联动 |\n";

        var output = Annotate(table);

        output.Should().StartWith("| 名称 | 说明 |\n|---|---|\n| *六统一*[^huli-13] | 七办联动[^huli-28] |\n");
        FootnoteReferences(output).Should().Be(2);
    }

    [Theory]
    [InlineData("推行**六统一**模式。", "推行**六统一**[^huli-13]模式。", "<strong>六统一</strong>")]
    [InlineData("推行*六统一*模式。", "推行*六统一*[^huli-13]模式。", "<em>六统一</em>")]
    [InlineData("推行~~六统一~~模式。", "推行~~六统一~~[^huli-13]模式。", "<del>六统一</del>")]
    [InlineData("推行***六统一***模式。", "推行***六统一***[^huli-13]模式。", "<em><strong>六统一</strong></em>")]
    [InlineData("推行**仍**六统一**模式。", "推行**仍**六统一[^huli-13]**模式。", "<strong>仍</strong>六统一<a")]
    [InlineData("推行**六统一**[注](https://example.org/)。", "推行[^huli-13]**六统一**[注](https://example.org/)。", "<strong>六统一</strong>")]
    [InlineData("推行**六统一的**模式。", "推行**六统一[^huli-13]的**模式。", "<strong>六统一<a")]
    public void A_term_ending_or_starting_an_emphasis_gets_its_reference_outside_the_delimiters(string file, string start, string rendered)
    {
        var output = Annotate(file);

        output.Should().StartWith(start);
        var html = Markdig.Markdown.ToHtml(output, Renderer);
        html.Should().Contain(rendered).And.Contain("href=\"#fn:1\"").And.Contain("统一出租房管理平台建设");
        Inserted.RemoveFromMarkdown(output).Should().StartWith(file);
    }

    [Fact]
    public void Link_text_is_annotated_only_when_asked_and_the_reference_follows_the_link()
    {
        const string link = "见[六统一](https://example.org/)。\n";

        Annotate(link).Should().Be(link);
        var output = Annotate(link, new MarkdownAnnotationOptions { AnnotateLinkText = true });
        output.Should().StartWith("见[六统一](https://example.org/)[^huli-13]。\n");
        FootnoteReferences(output).Should().Be(1);
    }

    [Fact]
    public void Headings_are_annotated_only_when_asked()
    {
        const string file = "# 六统一\n\nSetext 七办联动\n---\n";

        Glossary.ScanMarkdown(file, MarkdownAnnotationOptions.Default).Should().BeEmpty();
        Glossary.ScanMarkdown(file, new MarkdownAnnotationOptions { AnnotateHeadings = true }).Select(m => m.Entry.Number).Should().Equal(13, 28);
    }

    [Fact]
    public void The_authors_footnotes_stay_theirs_and_each_definition_is_appended_once()
    {
        const string file = "六统一[^1]，六统一，七办联动。\n\n[^1]: 作者的注。\n";

        var output = Annotate(file);

        output.Should().StartWith("[^huli-13]六统一[^1]，六统一[^huli-13]，七办联动[^huli-28]。\n\n[^1]: 作者的注。\n");
        Regex.Count(output, @"\[\^huli-13\]: ").Should().Be(1);
        Regex.Count(output, @"\[\^huli-28\]: ").Should().Be(1);
        var html = Markdig.Markdown.ToHtml(output, Renderer);
        html.Should().Contain("作者的注").And.Contain("统一出租房管理平台建设");
        FootnoteReferences(output).Should().Be(4);
    }

    [Fact]
    public void Labels_move_aside_when_the_file_already_uses_the_prefix()
    {
        const string file = "六统一[^huli-13]\n\n[^huli-13]: 作者自己的。\n";

        var output = Annotate(file);

        output.Should().StartWith("[^huli2-13]六统一[^huli-13]\n");
        Inserted.RemoveFromMarkdown(output, "huli2-").Should().StartWith(file);
        FootnoteReferences(output).Should().Be(2);
    }

    [Theory]
    [InlineData("六统一\n\n```js\nvar x;\n")]
    [InlineData("六统一\n\n~~~~\nvar x;")]
    [InlineData("六统一\n\n<!-- 注释\n")]
    [InlineData("六统一\n\n<script>\nvar x;\n")]
    [InlineData("六统一")]
    public void A_file_ending_in_an_open_block_still_gets_its_definitions_read_as_footnotes(string file)
    {
        var output = Annotate(file);

        output.Should().StartWith("六统一[^huli-13]");
        Markdig.Markdown.ToHtml(output, Renderer).Should().Contain("统一出租房管理平台建设").And.Contain("class=\"footnote-ref\"");
        Regex.Count(Markdig.Markdown.ToHtml(output, Renderer), "<li id=\"fn:1\">").Should().Be(1);
    }

    [Theory]
    [InlineData("六统一[链接](https://example.org/)", "[^huli-13]六统一[链接](https://example.org/)")]
    [InlineData("六统一(注)", "[^huli-13]六统一(注)")]
    [InlineData("[a]: https://example.org/\n\n[x]六统一[a]", "[a]: https://example.org/\n\n[x]六统一[a]")]
    [InlineData("六统一，", "六统一[^huli-13]，")]
    public void The_reference_goes_where_it_joins_no_bracket_around_it(string file, string start)
    {
        var output = Annotate(file);

        output.Should().StartWith(start);
        FootnoteReferences(output).Should().Be(FootnoteReferences(file) + Regex.Count(output, @"\[\^huli-\d+\](?!:)"));
    }

    [Theory]
    [InlineData(AnnotationScope.Every, 5)]
    [InlineData(AnnotationScope.FirstInDocument, 1)]
    [InlineData(AnnotationScope.FirstInSection, 2)]
    [InlineData(AnnotationScope.FirstInBlock, 4)]
    public void Scope_decides_which_occurrences_are_marked(AnnotationScope scope, int marked)
    {
        const string file = "六统一，六统一\n\n- 六统一\n\n## 二\n\n| a |\n|---|\n| 六统一 |\n\n六统一\n";

        Glossary.ScanMarkdown(file, new MarkdownAnnotationOptions { Scope = scope }).Should().HaveCount(marked);
    }

    [Fact]
    public void A_generic_term_resolves_after_an_earlier_paragraph_named_the_place_and_not_before()
    {
        const string Document = "耕地“三位一体”保护。\n\n湖里区推行改革。\n\n打造“三位一体”合规体系。\n";

        var precise = Glossary.ScanMarkdown(Document, MarkdownAnnotationOptions.Default);
        var lenient = Glossary.ScanMarkdown(Document, new MarkdownAnnotationOptions { Scan = GlossaryScanOptions.Lenient });

        precise.Select(m => (m.Spelling, m.Evidence)).Should().Equal(("三位一体", GlossaryEvidence.DocumentContext));
        precise[0].Start.Should().Be(Document.LastIndexOf("三位一体", StringComparison.Ordinal));
        lenient.Select(m => (m.Evidence, m.Confidence)).Should().Equal((GlossaryEvidence.Quotes, 0.5), (GlossaryEvidence.DocumentContext, 0.85));
    }

    [Fact]
    public void The_report_as_markdown_gives_the_same_prose_matches_as_the_text_and_none_elsewhere()
    {
        var file = TestData.ReportMarkdown();
        // One text of the paragraphs: document context (the place named, the district's terms used) runs through the document.
        var expected = Glossary.Scan(string.Join("\n", TestData.Paragraphs)).Select(m => (m.Entry.Number, m.Spelling)).ToList();

        var found = Glossary.ScanMarkdown(file, MarkdownAnnotationOptions.Default);

        expected.Should().HaveCountGreaterThan(40);
        found.Select(m => (m.Entry.Number, m.Spelling)).Should().Equal(expected);
        found.Should().OnlyContain(m => m.Start > file.IndexOf("七办联动</code>", StringComparison.Ordinal));
        var output = Annotate(file);
        Inserted.RemoveFromMarkdown(output).Should().StartWith(file);
        FootnoteReferences(output).Should().Be(expected.Count);
    }

    [Fact]
    public void Every_commonmark_example_comes_back_byte_for_byte_and_renders_its_notes()
    {
        var marked = 0;
        foreach (var example in TestData.CommonMarkExamples)
        {
            var markdown = example + "\n\n" + Sentence + "\n";
            var output = Annotate(markdown);

            output.Substring(0, example.Length).Should().Be(example, "nothing is inserted inside the original part");
            var restored = Inserted.RemoveFromMarkdown(output);
            restored.Should().StartWith(markdown);
            var inserted = Regex.Count(output, @"\[\^huli-\d+\](?!:)");
            FootnoteReferences(output).Should().Be(FootnoteReferences(markdown) + inserted, "every inserted reference renders as a note: " + example);
            marked += inserted;
        }

        TestData.CommonMarkExamples.Should().HaveCount(655);
        marked.Should().BeGreaterThan(500);
    }

    [Fact]
    public void A_file_with_crlf_line_ends_keeps_them_and_its_terms_are_found()
    {
        const string file = "# 标题\r\n\r\n> 引用里的六统一\r\n> 第二行七办联动\r\n\r\n- 列表 **两改造三提升**\r\n";

        var output = Annotate(file);

        Glossary.ScanMarkdown(file, MarkdownAnnotationOptions.Default).Select(m => file.Substring(m.Start, m.Length)).Should().Equal("六统一", "七办联动", "两改造三提升");
        Inserted.RemoveFromMarkdown(output).Should().StartWith(file);
        FootnoteReferences(output).Should().Be(3);
    }

    [Fact]
    public void A_file_without_terms_is_written_unchanged()
    {
        const string file = "# 标题\n\n没有术语的段落。";

        Annotate(file).Should().Be(file);
    }

    [Fact]
    public void The_writer_overload_writes_what_the_string_overload_returns()
    {
        var file = TestData.ReportMarkdown();
        using var writer = new StringWriter();

        Glossary.AnnotateMarkdown(file, writer, MarkdownAnnotationOptions.Default);

        writer.ToString().Should().Be(Annotate(file));
    }

    [Theory]
    [InlineData(20_000, "[", "]")]
    [InlineData(20_000, ">", " ")]
    [InlineData(20_000, "**a ", "")]
    public void A_document_nested_beyond_the_readers_limit_is_refused_in_plain_words(int depth, string open, string close)
    {
        var file = string.Concat(Enumerable.Repeat(open, depth)) + "六统一" + string.Concat(Enumerable.Repeat(close, depth));

        FluentActions.Invoking(() => Annotate(file)).Should().Throw<MarkdownNestingException>().WithMessage("*nests*levels deep*")
            .Which.Message.Should().NotContain("depth limit");
        FluentActions.Invoking(() => Glossary.ScanMarkdown(file, MarkdownAnnotationOptions.Default)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_document_nested_within_the_readers_limit_is_annotated()
    {
        var file = new string('>', 100) + " 推行六统一\n";

        Annotate(file).Should().StartWith(file.TrimEnd('\n') + "[^huli-13]\n");
    }

    [Fact]
    public void Options_left_out_or_null_mean_the_default_options()
    {
        const string document = "推行六统一\n";
        var expected = Glossary.AnnotateMarkdown(document, MarkdownAnnotationOptions.Default);
        expected.Should().NotBe(document);

        Glossary.AnnotateMarkdown(document).Should().Be(expected);
        Glossary.AnnotateMarkdown(document, null).Should().Be(expected);
        Glossary.ScanMarkdown(document).Should().Equal(Glossary.ScanMarkdown(document, MarkdownAnnotationOptions.Default));
        using var output = new StringWriter();
        Glossary.AnnotateMarkdown(document, output, null);
        output.ToString().Should().Be(expected);
    }

    [Fact]
    public void Null_arguments_and_undefined_scopes_are_refused()
    {
        FluentActions.Invoking(() => Glossary.AnnotateMarkdown(null!, MarkdownAnnotationOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("markdown");
        FluentActions.Invoking(() => Glossary.AnnotateMarkdown("x", null!, MarkdownAnnotationOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => Glossary.ScanMarkdown("x", new MarkdownAnnotationOptions { Scope = (AnnotationScope)9 })).Should().Throw<ArgumentOutOfRangeException>();
    }
}
