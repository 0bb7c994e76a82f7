using System;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;
using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Huli.Glossary.Markup.Tests.Markdown;

/// <summary>
/// The core's <c>Annotate</c> to Markdown, read back by a Markdown renderer: the text it shows is the text given,
/// whatever Markdown syntax the text happens to hold.
/// </summary>
public class PlainTextMarkdownTests
{
    // CommonMark with GFM tables and strikethrough, footnotes and front matter: the dialect the Markdown package reads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    private static readonly string[] Pieces =
    {
        " ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", "-", "- ", "+", "+ ", "=", "===", "---", "*", "* ", "_", "#", "# ",
        ">", "`", "```", "~", "~~~", "|", "[", "]", "(", ")", "!", "<", "<b>", "&", "&amp;", "\\", ".", "1", "2.", "9)",
        "0", "a", "文", "：", ":", "^", "[^1]", "$",
    };

    [Fact]
    public void Plain_text_annotated_as_Markdown_renders_as_the_text_it_is()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 30].Select(picks => string.Concat(picks.Select(i => Pieces[i])))
            .Where(text => Glossary.Default.Scan(text).Count == 0)
            .Sample(text => Visible(Markdig.Markdown.ToHtml(Annotated(text), Pipeline)) == Normalized(text), iter: 2000);
    }

    [Theory]
    [InlineData("第一行\n- 项\n+ 项\n1. 项\n2) 项")]
    [InlineData("---\ntitle: 不是前言\n---")]
    [InlineData("甲\n===\n乙\n---")]
    [InlineData("一\n\n    不是代码\n\n\t也不是")]
    [InlineData("# 不是标题\n> 不是引用\n```\n~~~\n| 甲 | 乙 |\n|---|---|")]
    [InlineData("-5% +1 =5 1.5亿 2023年")]
    public void Text_that_looks_like_Markdown_renders_as_written(string text)
    {
        Visible(Markdig.Markdown.ToHtml(Annotated(text), Pipeline)).Should().Be(Normalized(text));
    }

    [Theory]
    [InlineData("推行六统一(试行)", "(试行)")]
    [InlineData("推行六统一(x)模式", "(x)")]
    [InlineData("六统一[注]", "[注]")]
    [InlineData("六统一 (x)", "(x)")]
    public void A_term_followed_by_a_bracket_or_parenthesis_keeps_its_footnote_and_the_text_after_it(string text, string after)
    {
        var html = Markdig.Markdown.ToHtml(Annotated(text), Pipeline);

        html.Should().Contain("class=\"footnote-ref\"").And.NotContain("href=\"x\"").And.NotContain("href=\"试行\"");
        var body = new HtmlParser().ParseDocument("<body>" + html).Body!;
        body.QuerySelector("p")!.TextContent.Should().EndWith(after + (text.EndsWith("模式", StringComparison.Ordinal) ? "模式" : string.Empty));
    }

    [Fact]
    public void The_check_sees_syntax_left_unescaped()
    {
        // The property above would fail for output that left a list marker as it is: the bullet's "- " disappears.
        Visible(Markdig.Markdown.ToHtml("甲\n\n- 项", Pipeline)).Should().NotBe(Normalized("甲\n\n- 项"));
    }

    private static string Annotated(string text) => Glossary.Default.Annotate(text, new AnnotationOptions { Format = AnnotationFormat.Markdown });

    /// <summary>The text a browser shows for the HTML, line breaks as white space, white space runs as one space.</summary>
    private static string Visible(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html);
        foreach (var lineBreak in document.Body!.QuerySelectorAll("br").ToArray())
        {
            lineBreak.Replace(document.CreateTextNode("\n"));
        }

        return Normalized(document.Body.TextContent);
    }

    private static string Normalized(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
