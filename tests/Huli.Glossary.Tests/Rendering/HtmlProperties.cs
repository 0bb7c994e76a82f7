using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Rendering;

/// <summary>HTML output on random text and random definitions: markup from the input or the data never gets through.</summary>
public class HtmlProperties
{
    private static readonly AnnotationOptions Html = new() { Format = AnnotationFormat.Html };
    private static readonly Regex Term = new("<a class=\"huli-glossary\" href=\"#huli-glossary-note-[0-9]+\" aria-describedby=\"huli-glossary-def-[0-9]+\" data-glossary-number=\"[0-9]+\">|</a>");
    private static readonly Regex Definition = new("<span class=\"huli-glossary-definition\" id=\"huli-glossary-def-[0-9]+\">([^<>]*)</span>");

    [Fact]
    public void Stripping_the_tags_and_decoding_gives_back_the_input_exactly()
    {
        Some.MarkupText(12).Sample(text =>
        {
            var html = HtmlOutput.TextPart(Annotate(Glossary.Default, text));

            WebUtility.HtmlDecode(Term.Replace(html, string.Empty)).Should().Be(text);
            Term.Replace(html, string.Empty).Should().NotContainAny("<", ">", "\"");
        }, iter: 500);
    }

    [Fact]
    public void Definitions_with_markup_come_back_from_the_title_attribute_as_text()
    {
        var definition = Gen.Frequency((1, Gen.Char[Some.MarkupUnits]), (1, Gen.Char['a', 'z'])).Array[1, 30].Select(units => new string(units));
        Gen.Select(definition, Some.MarkupText(6)).Sample((hostile, text) =>
        {
            var glossary = Glossary.Create([new GlossaryEntry { Number = 1, Term = "六统一", Definition = hostile }]);

            var html = Annotate(glossary, text + "“六统一”" + text);

            var definitions = Definition.Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
            definitions.Should().ContainSingle().Which.Should().Be(hostile);
            WebUtility.HtmlDecode(Term.Replace(HtmlOutput.TextPart(html), string.Empty)).Should().Be(text + "“六统一”" + text);
        }, iter: 300);
    }

    private static string Annotate(Glossary glossary, string text)
    {
        using var output = new StringWriter();
        glossary.Annotate(text, output, Html);
        return output.ToString();
    }
}
