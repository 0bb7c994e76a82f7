using System;
using System.Text.RegularExpressions;

namespace Huli.Glossary.Markup.Tests.Support;

/// <summary>Takes out what the annotators insert, written independently of them, to check that nothing else changed.</summary>
internal static partial class Inserted
{
    /// <summary>
    /// The HTML output with what was inserted taken out: each term's link (its text kept), the notes list and the
    /// head's assets. A link of the page's own, even one with the same class, is left alone unless it has the
    /// exact attributes a term gets.
    /// </summary>
    public static string RemoveFromHtml(string html) => RemoveAssets(RemoveNotes(Term().Replace(html, "$1")));

    /// <summary>The HTML output with only the notes list and the assets taken out, the terms left marked.</summary>
    public static string RemoveNotesAndAssets(string html) => RemoveAssets(RemoveNotes(html));

    /// <summary>How many terms were marked.</summary>
    public static int CountInHtml(string html) => Term().Count(html);

    /// <summary>How many notes lists were inserted.</summary>
    public static int CountNotes(string html) => Notes().Count(html);

    /// <summary>The Markdown output with the references under <paramref name="prefix"/> and the appended definitions taken out.</summary>
    public static string RemoveFromMarkdown(string markdown, string prefix = "huli-")
    {
        var definitions = markdown.IndexOf("\n[^" + prefix, StringComparison.Ordinal);
        var body = definitions < 0 || !markdown.Substring(definitions).Contains("]: **", StringComparison.Ordinal)
            ? markdown
            : markdown.Substring(0, definitions);
        return Regex.Replace(body, @"\[\^" + Regex.Escape(prefix) + @"\d+\]", string.Empty);
    }

    private static string RemoveNotes(string html) => Notes().Replace(html, string.Empty, 1);

    private static string RemoveAssets(string html)
    {
        var at = html.IndexOf(GlossaryAssets.HeadMarkup, StringComparison.Ordinal);
        return at < 0 ? html : html.Remove(at, GlossaryAssets.HeadMarkup.Length);
    }

    // A term's text is the page's own run of characters between tags and references: never a '<' or '&'.
    [GeneratedRegex("<a class=\"huli-glossary\" href=\"#[A-Za-z][\\w-]*note-\\d+\" aria-describedby=\"[A-Za-z][\\w-]*def-\\d+\" data-glossary-number=\"\\d+\">([^<&]+)</a>")]
    private static partial Regex Term();

    [GeneratedRegex("\n<section class=\"huli-glossary-notes\" data-glossary=\"off\" aria-labelledby=\"[A-Za-z][\\w-]*notes\">\n<h2 id=\"[A-Za-z][\\w-]*notes\">名词解释</h2>\n<ol>\n(?:<li id=\"[A-Za-z][\\w-]*note-\\d+\" value=\"\\d+\">[\\s\\S]*?</li>\n)+</ol>\n</section>\n")]
    private static partial Regex Notes();
}
