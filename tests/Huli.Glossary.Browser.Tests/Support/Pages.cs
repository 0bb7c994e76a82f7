using System.IO;
using System.Linq;

namespace Huli.Glossary.Browser.Tests.Support;

/// <summary>Pages written by the library itself, from sentences of the report that use its jargon.</summary>
internal static class Pages
{
    /// <summary>Entries whose sentences make the page: short and long definitions, grouped components, quoted terms.</summary>
    public static readonly int[] Entries = [13, 5, 28, 1];

    public static string Text { get; } = string.Join("\n", Entries.Select(number => Glossary.Default[number].Usages[0].Sentence));

    /// <summary>Where the notes link their entries in these pages: the anchors docs/glossary.md has, on a page beside them.</summary>
    public const string EntryLink = "glossary.html#entry-{number}";

    public static string Standalone(string text) => Annotate(text, new HtmlOutputOptions { Standalone = true, Title = "湖里区2024年政府工作报告（节选）", EntryLink = EntryLink });

    /// <summary>
    /// A district's page written by hand, as a CMS would: its own head, navigation whose links hold terms, the text
    /// in paragraphs, a footer; annotated as a document with the assets put into its head.
    /// </summary>
    public static string Document(string text)
    {
        var paragraphs = string.Concat(text.Split('\n').Select(line => $"\n<p>{System.Net.WebUtility.HtmlEncode(line)}</p>"));
        var page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>湖里区政府工作报告</title>\n</head>\n"
            + "<body>\n<nav aria-label=\"栏目\"><a href=\"#top\">六统一专栏</a></nav>\n<main>\n<h1>湖里区政府工作报告</h1>"
            + paragraphs + "\n</main>\n<footer><p>湖里区人民政府</p></footer>\n</body>\n</html>\n";
        return Glossary.Default.AnnotateHtml(page, new HtmlAnnotationOptions { InsertAssets = true, Output = new() { EntryLink = EntryLink } });
    }

    public static string Annotate(string text, HtmlOutputOptions options)
    {
        using var output = new StringWriter();
        Glossary.Default.Annotate(text, output, new AnnotationOptions { Format = AnnotationFormat.Html, Html = options });
        return output.ToString();
    }

    public static string Definition(int number) => Glossary.Default[number].Definition;
}
