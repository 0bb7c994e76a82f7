using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Rendering;

/// <summary>Text written back with its jargon explained, in each format.</summary>
public class AnnotationTests
{
    private static readonly string Definition37 = Glossary.Default[37].Definition;

    [Fact]
    public void Html_makes_each_term_a_link_to_its_note_described_by_the_notes_definition()
    {
        var html = Annotate("落实“四个一”机制。", AnnotationFormat.Html);

        html.Should().StartWith("落实<a class=\"huli-glossary\" href=\"#huli-glossary-note-37\" aria-describedby=\"huli-glossary-def-37\" data-glossary-number=\"37\">“四个一”机制</a>。\n<section")
            .And.Contain($"<li id=\"huli-glossary-note-37\" value=\"37\"><dfn>“四个一”机制</dfn>：<span class=\"huli-glossary-definition\" id=\"huli-glossary-def-37\">{Definition37}</span>");
    }

    [Fact]
    public void Html_encodes_markup_from_the_input()
    {
        var html = Annotate("<script>alert('六统一')</script> & “六统一”", AnnotationFormat.Html);

        html.Should().StartWith("&lt;script&gt;alert(&#39;<a class").And.Contain("&amp; “<a class").And.NotContain("<script>");
    }

    [Fact]
    public void Html_encodes_markup_from_a_custom_glossary()
    {
        var glossary = GlossaryJson.Load(GlossaryJson.Document(
            GlossaryJson.Entry13.Replace("统一租金涨幅标准。", "<script>alert(\\\"x\\\")</script>")));

        var html = Annotate(glossary, "六统一", AnnotationFormat.Html);

        html.Should().Contain("id=\"huli-glossary-def-13\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</span>").And.NotContain("<script>");
    }

    [Fact]
    public void Html_without_its_tags_and_entities_gives_back_the_input()
    {
        var input = string.Concat(Report.Body.AsSpan(0, 4000), " <b>&amp;</b> 'quoted' \"double\"");

        var html = Annotate(input, AnnotationFormat.Html);

        html.Should().Contain("<section class=\"huli-glossary-notes\"");
        WebUtility.HtmlDecode(Regex.Replace(HtmlOutput.TextPart(html), "<[^>]*>", string.Empty)).Should().Be(input);
    }

    [Fact]
    public void Markdown_adds_footnote_references_and_appends_the_definitions_once()
    {
        var markdown = Annotate("推行“六统一”，再推六统一。", AnnotationFormat.Markdown);

        markdown.Should().Be($"推行“六统一[^13]”，再推六统一[^13]。\n\n[^13]: **六统一**：{Glossary.Default[13].Definition}\n");
    }

    [Fact]
    public void Markdown_escapes_the_inputs_own_markdown()
    {
        Annotate("a*b*_c_ [x](y)", AnnotationFormat.Markdown).Should().Be("a\\*b\\*\\_c\\_ \\[x\\](y)");
    }

    [Fact]
    public void Text_puts_the_definition_in_parentheses_after_the_term()
    {
        var text = Annotate("落实“四个一”机制。", AnnotationFormat.Text);

        text.Should().Be($"落实“四个一”机制（{Definition37.TrimEnd('。')}）。");
    }

    [Fact]
    public void Text_without_terms_is_copied_unchanged()
    {
        var input = "今天天气很好，电话13512345678。\n第二行 <b>\t";

        Annotate(input, AnnotationFormat.Text).Should().Be(input);
        Annotate(input, AnnotationFormat.Html).Should().Be(input.Replace("<b>", "&lt;b&gt;", StringComparison.Ordinal));
        Annotate(input, AnnotationFormat.Markdown).Should().Be(input.Replace("<b>", "\\<b\\>", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lists_the_matches_with_start_length_number_term_and_text()
    {
        var json = Annotate("优化“七办”联动机制，推行六统一。", AnnotationFormat.Json);

        using var document = JsonDocument.Parse(json);
        var matches = document.RootElement.EnumerateArray().ToList();
        matches.Should().HaveCount(2);
        matches[0].GetProperty("start").GetInt32().Should().Be(2);
        matches[0].GetProperty("length").GetInt32().Should().Be(6);
        matches[0].GetProperty("number").GetInt32().Should().Be(28);
        matches[0].GetProperty("text").GetString().Should().Be("“七办”联动");
        matches[1].GetProperty("term").GetString().Should().Be("六统一");
    }

    [Fact]
    public void Json_of_text_without_terms_is_an_empty_array()
    {
        JsonDocument.Parse(Annotate("你好", AnnotationFormat.Json)).RootElement.GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16, 7, 3)]
    [InlineData(OffsetUnit.CodePoints, 6, 3)]
    [InlineData(OffsetUnit.Utf8, 4 + 12 + 3, 9)]
    public void Json_offsets_count_in_the_unit_asked_for(OffsetUnit unit, int start, int length)
    {
        // 😀 is one code point, two UTF-16 units, four UTF-8 bytes; each CJK character three bytes.
        var json = Annotate(Glossary.Default, "😀散租统管“六统一”", new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = unit });

        var match = JsonDocument.Parse(json).RootElement[0];
        match.GetProperty("start").GetInt32().Should().Be(start);
        match.GetProperty("length").GetInt32().Should().Be(length);
    }

    [Theory]
    [InlineData(AnnotationFormat.Html, 1)]
    [InlineData(AnnotationFormat.Markdown, 1)]
    [InlineData(AnnotationFormat.Text, 1)]
    public void First_in_document_marks_each_entry_once(AnnotationFormat format, int marked)
    {
        var output = Annotate(Glossary.Default, "六统一、六统一、六統一", new AnnotationOptions { Format = format, Scope = AnnotationScope.FirstInDocument });

        var markers = format switch
        {
            AnnotationFormat.Html => Regex.Count(output, "<a class=\"huli-glossary\""),
            AnnotationFormat.Markdown => Regex.Count(output, @"\[\^13\](?!:)"),
            _ => Regex.Count(output, "（"),
        };
        markers.Should().Be(marked);
    }

    [Theory]
    [InlineData(AnnotationScope.Every, new[] { 13, 13, 13, 13, 13 })]
    [InlineData(AnnotationScope.FirstInDocument, new[] { 13 })]
    [InlineData(AnnotationScope.FirstInSection, new[] { 13, 13 })]
    [InlineData(AnnotationScope.FirstInBlock, new[] { 13, 13, 13 })]
    public void In_plain_text_a_block_is_a_line_and_a_section_ends_at_a_blank_line(AnnotationScope scope, int[] numbers)
    {
        var json = Annotate(Glossary.Default, "六统一，六统一\n六统一\n \t\n六统一，六统一", new AnnotationOptions { Format = AnnotationFormat.Json, Scope = scope });

        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()).Should().Equal(numbers);
    }

    [Fact]
    public void First_in_document_leaves_later_occurrences_out_of_json()
    {
        var json = Annotate(Glossary.Default, "六统一、六统一、七办联动", new AnnotationOptions { Format = AnnotationFormat.Json, Scope = AnnotationScope.FirstInDocument });

        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()).Should().Equal(13, 28);
    }

    [Fact]
    public void Annotating_a_reader_writes_what_annotating_the_string_writes()
    {
        var text = string.Concat(Enumerable.Repeat(Report.Full, 6));
        foreach (var format in Enum.GetValues<AnnotationFormat>())
        {
            var options = new AnnotationOptions { Format = format };
            var fromReader = new StringWriter();
            Glossary.Default.Annotate(new TrickleReader(text, 1000), fromReader, options);

            fromReader.ToString().Should().Be(Annotate(Glossary.Default, text, options), "format {0}", format);
        }
    }

    [Fact]
    public void Annotating_a_reader_passes_on_what_it_has_before_waiting_for_more_input()
    {
        var flushed = new FlushRecorder();

        FluentActions.Invoking(() => Glossary.Default.Annotate(new OneReadThenFail("优化“七办”联动机制" + new string('字', 600)), flushed, new AnnotationOptions { Format = AnnotationFormat.Html }))
            .Should().Throw<InvalidOperationException>();

        flushed.Flushed.Should().Contain("data-glossary-number=\"28\"");
    }

    [Fact]
    public void Undefined_formats_and_offset_units_are_refused()
    {
        var output = new StringWriter();

        FluentActions.Invoking(() => Glossary.Default.Annotate("六统一", output, new AnnotationOptions { Format = (AnnotationFormat)42 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
        FluentActions.Invoking(() => Glossary.Default.Annotate("六统一", output, new AnnotationOptions { Offsets = (OffsetUnit)9 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var output = new StringWriter();
        FluentActions.Invoking(() => Glossary.Default.Annotate((string)null!, output, AnnotationOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => Glossary.Default.Annotate("x", null!, AnnotationOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => Glossary.Default.Annotate("x", output, null!)).Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => Glossary.Default.Annotate((TextReader)null!, output, AnnotationOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("input");
    }

    private static string Annotate(string text, AnnotationFormat format) => Annotate(Glossary.Default, text, format);

    private static string Annotate(Glossary glossary, string text, AnnotationFormat format) =>
        Annotate(glossary, text, new AnnotationOptions { Format = format });

    private static string Annotate(Glossary glossary, string text, AnnotationOptions options)
    {
        var output = new StringWriter();
        glossary.Annotate(text, output, options);
        return output.ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void What_is_passed_on_before_waiting_never_ends_between_the_halves_of_a_character(int read)
    {
        // Characters beyond the BMP take two UTF-16 units; a writer that encodes what it is flushed (a StreamWriter) would
        // turn a lone first half into U+FFFD.
        var text = string.Concat(Enumerable.Range(0, 60).Select(i => new string('推', i % 7) + "𠀀行“六统一”𠀁"));
        var output = new FlushRecorder();

        Glossary.Default.Annotate(new TrickleReader(text, read), output, AnnotationOptions.Default);

        output.FlushedTexts.Should().NotBeEmpty();
        output.FlushedTexts.Where(flushed => flushed.Length > 0 && char.IsHighSurrogate(flushed[^1])).Should().BeEmpty();
    }

    [Fact]
    public void A_reader_that_gives_everything_at_once_is_passed_on_at_its_pause_and_its_end_not_at_every_match()
    {
        // Each flush of a network stream sends a packet: text that is all there goes out in one piece.
        var text = string.Concat(Enumerable.Repeat("推行“六统一”模式，", 20));
        var output = new FlushRecorder();

        Glossary.Default.Annotate(new StringReader(text), output, AnnotationOptions.Default);

        output.FlushedTexts.Should().HaveCountLessThan(4);
        output.ToString().Should().Contain("六统一");
    }

    [Fact]
    public void A_reader_that_gives_a_unit_at_a_time_is_passed_on_in_pieces_not_unit_by_unit()
    {
        // A pipe may give what it has a few bytes at a time; each flush of the output is a system call or a packet, so the
        // scan waits for enough new text to move on (its look-ahead, tens of units) before it passes anything on.
        var text = string.Concat(Enumerable.Repeat("推行“六统一”模式，", 200));
        var output = new FlushRecorder();

        Glossary.Default.Annotate(new TrickleReader(text, 1), output, AnnotationOptions.Default);

        output.FlushedTexts.Should().HaveCountLessThan(text.Length / 10);
        output.ToString().Should().Be(Glossary.Default.Annotate(text));
    }

    /// <summary>A writer that remembers what had been written at each flush.</summary>
    private sealed class FlushRecorder : StringWriter
    {
        /// <summary>What had been written at the last flush.</summary>
        public string Flushed => FlushedTexts.Count > 0 ? FlushedTexts[^1] : string.Empty;

        /// <summary>What had been written at each flush.</summary>
        public List<string> FlushedTexts { get; } = [];

        public override void Flush()
        {
            base.Flush();
            FlushedTexts.Add(ToString());
        }
    }

    [Theory]
    [InlineData(AnnotationFormat.Text)]
    [InlineData(AnnotationFormat.Html)]
    [InlineData(AnnotationFormat.Markdown)]
    [InlineData(AnnotationFormat.Json)]
    public void Annotate_to_a_string_gives_what_the_writer_overload_writes(AnnotationFormat format)
    {
        const string Text = "推行散租统管“六统一”模式，<b>七办</b>联动。";
        var options = new AnnotationOptions { Format = format };
        var written = new StringWriter();
        Glossary.Default.Annotate(Text, written, options);

        Glossary.Default.Annotate(Text, options).Should().Be(written.ToString()).And.Contain("六统一");
    }

    [Fact]
    public void Annotate_to_a_string_without_options_writes_plain_text()
    {
        var written = new StringWriter();
        Glossary.Default.Annotate("推行“六统一”。", written, AnnotationOptions.Default);

        Glossary.Default.Annotate("推行“六统一”。").Should().Be(written.ToString()).And.NotBe("推行“六统一”。");
    }

    [Theory]
    [InlineData("&lt;b&gt;", "\\&lt;b\\&gt;")]
    [InlineData("# 标题", "\\# 标题")]
    [InlineData("*强调*", "\\*强调\\*")]
    public void Markdown_annotation_escapes_text_as_the_Markdown_export_does(string text, string escaped)
    {
        var annotated = Glossary.Default.Annotate(text, new AnnotationOptions { Format = AnnotationFormat.Markdown });

        annotated.Should().Be(escaped);
        Huli.Glossary.Data.Export.MarkdownExport.Inline(text).Should().Be(escaped);
    }

    [Theory]
    [InlineData("第一行\n- 项", "第一行\n\\- 项")]
    [InlineData("第一行\n-5%", "第一行\n-5%")]
    [InlineData("甲\n===\n乙", "甲\n\\===\n乙")]
    [InlineData("甲\n=5\n乙", "甲\n=5\n乙")]
    [InlineData("甲\r\n---\r\n", "甲\r\n\\---\r\n")]
    [InlineData("一\n\n    二", "一\n\n&#32;   二")]
    [InlineData("一\n   二", "一\n   二")]
    [InlineData("一\n        \n二", "一\n        \n二")]
    [InlineData("2023. 年\n2023年", "2023\\. 年\n2023年")]
    [InlineData("a+b\n+ c", "a+b\n\\+ c")]
    [InlineData("x - y", "x - y")]
    public void Markdown_annotation_escapes_a_line_start_only_where_Markdown_would_read_syntax(string text, string escaped)
    {
        Glossary.Default.Annotate(text, new AnnotationOptions { Format = AnnotationFormat.Markdown }).Should().Be(escaped);
    }
}
