using System.Text.RegularExpressions;

namespace Huli.Glossary.Markup.Tests.Support;

/// <summary>Takes out what the annotators insert, written independently of them, to check that nothing else changed.</summary>
internal static partial class Inserted
{
    /// <summary>The HTML output with the inserted <c>abbr</c> elements taken out (their content kept).</summary>
    public static string RemoveFromHtml(string html) => AbbrEnd().Replace(AbbrStart().Replace(html, string.Empty), string.Empty);

    /// <summary>How many <c>abbr</c> elements were inserted.</summary>
    public static int CountInHtml(string html) => AbbrStart().Count(html);

    /// <summary>The Markdown output with the references under <paramref name="prefix"/> and the appended definitions taken out.</summary>
    public static string RemoveFromMarkdown(string markdown, string prefix = "huli-")
    {
        var definitions = markdown.IndexOf("\n[^" + prefix, System.StringComparison.Ordinal);
        var body = definitions < 0 || !markdown.Substring(definitions).Contains("]: **", System.StringComparison.Ordinal)
            ? markdown
            : markdown.Substring(0, definitions);
        return Regex.Replace(body, @"\[\^" + Regex.Escape(prefix) + @"\d+\]", string.Empty);
    }

    [GeneratedRegex("<abbr class=\"huli-glossary\" data-glossary-number=\"\\d+\" title=\"[^\"]*\">")]
    private static partial Regex AbbrStart();

    [GeneratedRegex("</abbr>")]
    private static partial Regex AbbrEnd();
}
