using System;
using System.IO;

namespace Huli.Glossary.Markup.Tests;

/// <summary>The README's markup examples, run: the outputs its comments promise are what the packages give.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "README.md"));

    [Fact]
    public void The_html_example_prints_what_its_comment_says()
    {
        const string html = "<p title=\"六统一\">推行“六统一”模式</p>";
        Readme.Should().Contain($"AnnotateHtml(\"{html.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");

        var page = Glossary.Default.AnnotateHtml(html, HtmlAnnotationOptions.Default);

        var promised = "// <p title=\"六统一\">推行“<a class=\"huli-glossary\" href=\"#huli-glossary-note-13\" aria-describedby=\"huli-glossary-def-13\" data-glossary-number=\"13\">六统一</a>”模式</p>";
        Readme.Should().Contain(promised);
        page.Should().StartWith(promised[3..]).And.Contain("</p>\n<section class=\"huli-glossary-notes\" data-glossary=\"off\" aria-labelledby=\"huli-glossary-notes\">");
        Readme.Should().Contain("// <section class=\"huli-glossary-notes\" data-glossary=\"off\" aria-labelledby=\"huli-glossary-notes\">");
        var note = "// <li id=\"huli-glossary-note-13\" value=\"13\"><dfn>六统一</dfn>：<span class=\"huli-glossary-definition\" id=\"huli-glossary-def-13\">统一出租房";
        Readme.Should().Contain(note);
        page.Should().Contain(note[3..]).And.EndWith("</ol>\n</section>\n");
    }

    [Fact]
    public void The_markdown_example_prints_what_its_comment_says()
    {
        const string markdown = "`六统一` 推行“六统一”模式。\n";
        Readme.Should().Contain("AnnotateMarkdown(\"`六统一` 推行“六统一”模式。\\n\"");

        var notes = Glossary.Default.AnnotateMarkdown(markdown, MarkdownAnnotationOptions.Default);

        Readme.Should().Contain("// `六统一` 推行“六统一[^huli-13]”模式。\n//\n// [^huli-13]: **六统一**：统一出租房管理平台建设、");
        notes.Should().StartWith("`六统一` 推行“六统一[^huli-13]”模式。\n\n[^huli-13]: **六统一**：统一出租房管理平台建设、");
    }
}
