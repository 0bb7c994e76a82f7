using System.Globalization;
using System.IO;

namespace Huli.Glossary.Html;

/// <summary>
/// The one place that decides what is inserted around a term in HTML:
/// <c>&lt;abbr class="huli-glossary" data-glossary-number="13" title="definition"&gt;六统一&lt;/abbr&gt;</c>, the
/// same element the core's HTML output uses. Everything from the data is encoded; the term itself is the page's
/// own source text, copied as it is.
/// </summary>
internal static class HtmlTermMarkup
{
    public static void WriteStart(TextWriter output, GlossaryEntry entry)
    {
        output.Write("<abbr class=\"huli-glossary\" data-glossary-number=\"");
        output.Write(entry.Number.ToString(CultureInfo.InvariantCulture));
        output.Write("\" title=\"");
        Encode(output, entry.Definition);
        output.Write("\">");
    }

    public static void WriteEnd(TextWriter output) => output.Write("</abbr>");

    private static void Encode(TextWriter output, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Write("&amp;"); break;
                case '<': output.Write("&lt;"); break;
                case '>': output.Write("&gt;"); break;
                case '"': output.Write("&quot;"); break;
                case '\'': output.Write("&#39;"); break;
                default: output.Write(c); break;
            }
        }
    }
}
