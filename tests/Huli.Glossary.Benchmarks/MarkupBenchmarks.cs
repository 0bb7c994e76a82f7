using System;
using System.IO;
using System.Linq;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Huli.Glossary.Benchmarks;

/// <summary>
/// Annotating the report rendered as a 10 MB HTML page and as a 10 MB Markdown file (UTF-8 sizes), against
/// annotating the same prose as plain text with the same inserted element, in one run. The output goes to
/// <see cref="TextWriter.Null"/> so only the annotators are timed. The breakdown rows time one layer each over
/// the same input: the parser alone (AngleSharp's tokenizer, Markdig's parse with the annotator's pipeline) and the
/// scan alone over the prose, so a ratio says how much of a document's time is ours.
/// </summary>
[MemoryDiagnoser]
public class MarkupBenchmarks
{
    private const int TargetBytes = 10 * 1000 * 1000;

    // The pipeline MarkdownTextWalker parses with.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    private readonly AnnotationOptions plainOptions = new() { Format = AnnotationFormat.Html };
    private readonly AnnotationOptions plainMarkdownOptions = new() { Format = AnnotationFormat.Markdown };
    private string text = string.Empty;
    private string html = string.Empty;
    private string markdown = string.Empty;
    private Glossary glossary = Glossary.Default;

    [GlobalSetup]
    public void Setup()
    {
        var report = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "report.txt"), Encoding.UTF8);
        var paragraphs = report.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>湖里区政府工作报告</title>\n<script>var terms = ['六统一'];</script></head>\n<body>\n<nav><a href=\"/六统一\">六统一</a></nav>\n<main>\n");
        var file = new StringBuilder("---\ntitle: 湖里区政府工作报告\n---\n\n# 湖里区政府工作报告\n\n");
        var plain = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(page.ToString()) < TargetBytes)
        {
            page.Append("<h2>一、2023年工作回顾</h2>\n");
            file.Append("## 一、2023年工作回顾\n\n");
            foreach (var paragraph in paragraphs)
            {
                page.Append("<p class=\"para\" data-id=\"x\">").Append(paragraph.Replace("&", "&amp;").Replace("<", "&lt;")).Append("</p>\n");
                file.Append(paragraph.Replace("*", "\\*").Replace("_", "\\_")).Append("\n\n");
                plain.Append(paragraph).Append('\n');
            }
        }

        html = page.Append("</main>\n</body>\n</html>\n").ToString();
        markdown = file.ToString();
        text = plain.ToString();
        glossary = Glossary.Default;
        Console.WriteLine($"// plain text {Encoding.UTF8.GetByteCount(text):N0} B, HTML {Encoding.UTF8.GetByteCount(html):N0} B, Markdown {Encoding.UTF8.GetByteCount(markdown):N0} B (UTF-8)");
    }

    [Benchmark(Baseline = true, Description = "plain text → HTML (Annotate)")]
    public void PlainText() => glossary.Annotate(text, TextWriter.Null, plainOptions);

    [Benchmark(Description = "plain text → Markdown (Annotate)")]
    public void PlainTextToMarkdown() => glossary.Annotate(text, TextWriter.Null, plainMarkdownOptions);

    [Benchmark(Description = "breakdown: Scan(span) over the prose")]
    public int ScanOnly()
    {
        var count = 0;
        foreach (var match in glossary.Scan(text.AsSpan()))
        {
            count += match.Length;
        }

        return count;
    }

    [Benchmark(Description = "breakdown: AngleSharp struct tokens over a memory source (what the walker reads)")]
    public int TokenizeOnly()
    {
        using var source = new TextSource(new ReadOnlyMemoryTextSource(html));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var count = 0;
        while (tokenizer.GetStructToken().Type != HtmlTokenType.EndOfFile)
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "breakdown: AngleSharp class tokens over a string source (what the walker read before)")]
    public int TokenizeClassTokens()
    {
        using var source = new TextSource(html);
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var count = 0;
        while (tokenizer.Get().Type != HtmlTokenType.EndOfFile)
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "breakdown: ScanHtml (tokenize and walk, nothing written)")]
    public int ScanHtmlOnly() => glossary.ScanHtml(html, HtmlAnnotationOptions.Default).Count;

    [Benchmark(Description = "breakdown: ScanMarkdown (parse and walk, nothing written)")]
    public int ScanMarkdownOnly() => glossary.ScanMarkdown(markdown, MarkdownAnnotationOptions.Default).Count;

    [Benchmark(Description = "breakdown: Markdig parse of the file")]
    public int ParseOnly() => Markdig.Markdown.Parse(markdown, Pipeline).Count;

    [Benchmark(Description = "HTML page (AnnotateHtml)")]
    public void HtmlPage() => glossary.AnnotateHtml(html, TextWriter.Null, HtmlAnnotationOptions.Default);

    [Benchmark(Description = "Markdown file (AnnotateMarkdown)")]
    public void MarkdownFile() => glossary.AnnotateMarkdown(markdown, TextWriter.Null, MarkdownAnnotationOptions.Default);
}
