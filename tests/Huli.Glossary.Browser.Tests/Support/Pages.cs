using System.IO;
using System.Linq;

namespace Huli.Glossary.Browser.Tests.Support;

/// <summary>Pages written by the library itself, from sentences of the report that use its jargon.</summary>
internal static class Pages
{
    /// <summary>Entries whose sentences make the page: short and long definitions, grouped components, quoted terms.</summary>
    public static readonly int[] Entries = [13, 5, 28, 1];

    public static string Text { get; } = string.Join("\n", Entries.Select(number => Glossary.Default[number].Usages[0].Sentence));

    public static string Standalone(string text) => Annotate(text, new HtmlOutputOptions { Standalone = true, Title = "湖里区2024年政府工作报告（节选）" });

    public static string Annotate(string text, HtmlOutputOptions options)
    {
        using var output = new StringWriter();
        Glossary.Default.Annotate(text, output, new AnnotationOptions { Format = AnnotationFormat.Html, Html = options });
        return output.ToString();
    }

    public static string Definition(int number) => Glossary.Default[number].Definition;
}
