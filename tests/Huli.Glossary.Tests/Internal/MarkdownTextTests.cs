using System;
using System.IO;
using Huli.Glossary.Internal;

namespace Huli.Glossary.Tests.Internal;

public class MarkdownTextTests
{
    [Theory]
    [InlineData(new[] { "1", ". 项" }, "1\\. 项")]
    [InlineData(new[] { "12", "3) 项" }, "123\\) 项")]
    [InlineData(new[] { "1", ".5亿" }, "1.5亿")]
    [InlineData(new[] { "  ", "  代码" }, "&#32;   代码")]
    [InlineData(new[] { "  ", "  " }, "    ")]
    [InlineData(new[] { "甲\n", "- 项" }, "甲\n\\- 项")]
    [InlineData(new[] { "甲\n-", "5%" }, "甲\n-5%")]
    [InlineData(new[] { "甲\n-", " 项" }, "甲\n\\- 项")]
    [InlineData(new[] { "甲\n+", "+" }, "甲\n++")]
    [InlineData(new[] { "甲\n-", "-" }, "甲\n\\--")]
    [InlineData(new[] { "甲\n=", "" }, "甲\n\\=")]
    [InlineData(new[] { "2.", "5" }, "2.5")]
    [InlineData(new[] { "2)", "\n" }, "2\\)\n")]
    public void A_line_split_between_pieces_is_escaped_as_a_whole(string[] pieces, string markdown)
    {
        // A marker that ends a piece waits for the next piece's first character (or the text's end) to be decided,
        // so the output is the same however the text is cut, as a stream's annotation needs.
        using var output = new StringWriter();
        var escaper = new MarkdownText(output, atLineStart: true);
        foreach (var piece in pieces)
        {
            escaper.Write(piece.AsSpan());
        }

        escaper.Finish();
        output.ToString().Should().Be(markdown);
    }

    [Fact]
    public void Markup_written_between_pieces_ends_the_line_start()
    {
        using var output = new StringWriter();
        var escaper = new MarkdownText(output, atLineStart: true);
        escaper.Write("135".AsSpan());
        escaper.Markup().Write("[^5]");
        escaper.Write(". 培养".AsSpan());

        output.ToString().Should().Be("135[^5]. 培养");
    }

    [Fact]
    public void Text_inside_a_line_keeps_its_line_markers_and_joins_its_lines()
    {
        using var output = new StringWriter();
        MarkdownText.WriteInline(output, "- 甲\r\n1. 乙 *丙*");

        output.ToString().Should().Be("- 甲 1. 乙 \\*丙\\*");
    }
}
