using System;
using System.Globalization;
using System.IO;

namespace Huli.Glossary.Rendering;

/// <summary>
/// HTML: <c>&lt;abbr class="huli-glossary" data-glossary-number="13" title="definition"&gt;六统一&lt;/abbr&gt;</c>.
/// Every character from the input or from the glossary is encoded, so neither can inject markup.
/// </summary>
internal sealed class HtmlAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    protected override void WriteText(ReadOnlySpan<char> text) => Encode(text);

    protected override void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match)
    {
        Output.Write("<abbr class=\"huli-glossary\" data-glossary-number=\"");
        Output.Write(match.Entry.Number.ToString(CultureInfo.InvariantCulture));
        Output.Write("\" title=\"");
        Encode(match.Entry.Definition.AsSpan());
        Output.Write("\">");
        Encode(text);
        Output.Write("</abbr>");
    }

    private void Encode(ReadOnlySpan<char> text)
    {
        var plain = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            Write(text.Slice(plain, i - plain));
            Output.Write(entity);
            plain = i + 1;
        }

        Write(text.Slice(plain));
    }
}
