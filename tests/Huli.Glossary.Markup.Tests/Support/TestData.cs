using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Huli.Glossary.Markup.Tests.Support;

/// <summary>The report and the conformance inputs, and the report rendered as an HTML page and as a Markdown file.</summary>
internal static class TestData
{
    private static readonly Lazy<string> ReportText = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "report.txt")));

    /// <summary>The report's body (up to the heading 名词解释), one paragraph a line.</summary>
    public static IReadOnlyList<string> Paragraphs => ReportText.Value
        .Substring(0, ReportText.Value.IndexOf("\n  名词解释", StringComparison.Ordinal))
        .Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0)
        .ToList();

    public static IReadOnlyList<string> CommonMarkExamples { get; } = Conformance("commonmark-spec-examples.json", "markdown");

    public static IReadOnlyList<string> Html5libInputs { get; } = Conformance("html5lib-tree-construction-inputs.json", "html");

    /// <summary>The report as a page: terms in the head, navigation, scripts, attributes and code, then the prose, a paragraph each.</summary>
    public static string ReportPage()
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\r\n<html lang=\"zh-CN\">\r\n<head>\r\n<meta charset=\"utf-8\">\r\n")
            .Append("<title>湖里区政府工作报告：六统一、七办联动</title>\r\n")
            .Append("<meta name=\"keywords\" content=\"六统一,2+2+N,两改造三提升\">\r\n")
            .Append("<style>.六统一 { color: red } /* 七办联动 */</style>\r\n")
            .Append("<script>var terms = ['六统一', '七办联动']; if (a < b && c) {}</script>\r\n</head>\r\n")
            .Append("<body class='report'>\r\n<nav><ul><li><a href=\"/六统一\" title=\"六统一\">六统一</a></li>")
            .Append("<li><a href='#x'>两改造三提升</a></li></ul></nav>\r\n")
            .Append("<!-- 六统一 在注释里 -->\r\n<main>\r\n<h1>湖里区2024年政府工作报告</h1>\r\n");
        foreach (var paragraph in Paragraphs)
        {
            page.Append("<p data-term=\"六统一\" title=\"七办联动\">").Append(paragraph.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")).Append("</p>\r\n");
        }

        page.Append("<pre><code>六统一 七办联动</code></pre>\r\n<img src=\"a.png\" alt=\"六统一\">\r\n")
            .Append("</main>\r\n<script type=\"module\">import '六统一';</script>\r\n</body>\r\n</html>\r\n");
        return page.ToString();
    }

    /// <summary>The report as Markdown: front matter, headings, code and links holding terms, then the prose.</summary>
    public static string ReportMarkdown()
    {
        var file = new StringBuilder();
        file.Append("---\ntitle: 六统一与七办联动\n---\n\n# 湖里区2024年政府工作报告\n\n")
            .Append("见 [六统一](https://example.org/六统一 \"七办联动\") 与 ![两改造三提升](a.png) 及 <https://example.org/七办联动>。\n\n")
            .Append("```\n六统一 七办联动\n```\n\n    两改造三提升\n\n`六统一` <code>七办联动</code>\n\n");
        foreach (var paragraph in Paragraphs)
        {
            file.Append(Escape(paragraph)).Append("\n\n");
        }

        return file.ToString();
    }

    /// <summary>Backslash-escapes Markdown's own characters, so a paragraph reads as the same literal text.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static List<string> Conformance(string file, string field)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "conformance", file)));
        return json.RootElement.EnumerateArray().Select(item => item.GetProperty(field).GetString()!).ToList();
    }
}
