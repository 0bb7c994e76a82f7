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

        var promised = "// <p title=\"六统一\">推行“<abbr class=\"huli-glossary\" data-glossary-number=\"13\" title=\"统一出租房";
        Readme.Should().Contain(promised);
        page.Should().StartWith(promised.Substring(3)).And.EndWith("\">六统一</abbr>”模式</p>");
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
