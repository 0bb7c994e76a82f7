using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huli.Glossary.Folding;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Robustness;

/// <summary>
/// Whatever text an app hands over: broken UTF-16, control characters, huge lines, absurd nesting. Nothing throws,
/// the matcher finds what the reference matcher finds, and the work stays proportional to the input.
/// </summary>
public class HostileInputTests
{
    private static readonly Glossary Glossary = Glossary.Default;

    public static TheoryData<string, string> Texts => new()
    {
        { "lone high surrogate", "\uD800六统一\uD800" },
        { "lone low surrogate", "\uDC00“六统一”\uDC00" },
        { "pair reversed", "\uDC00\uD800七办联动" },
        { "surrogate inside a term", "六\uD83D统一" },
        { "control characters", "\0\u0001六统一\u001F\u007F\u0085\u2028七办联动\u2029" },
        { "combining marks", "六\u0301统一 六统一\u0301 \u0301“135”培养机制" },
        { "byte order marks and non-characters", "\uFEFF六统一\uFFFE\uFFFF“四级”" },
        { "bidirectional overrides", "\u202E六统一\u202C \u2066十有\u2069" },
        { "only quotes", "“”「」『』\"\"''" },
        { "only separators", "+ ＋ \u3000\t\r\n" },
        { "digits around codes", "9,135.5 1315 “135”% 135培养机制" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Hostile_text_scans_as_the_reference_matcher_does_and_annotates_in_every_format(string kind, string text)
    {
        var matches = Glossary.Scan(text);
        matches.Should().Equal(ReferenceMatcher.Scan(Glossary, text), kind);
        Glossary.Scan(new TrickleReader(text, 3)).Should().Equal(matches, kind);
        foreach (var offsets in Enum.GetValues<OffsetUnit>())
        {
            using var json = JsonDocument.Parse(Annotate(text, AnnotationFormat.Json, offsets));
            json.RootElement.GetArrayLength().Should().Be(matches.Count, kind);
        }

        var html = Annotate(text, AnnotationFormat.Html);
        Regex.Count(html, "<a class=\"huli-glossary\" ").Should().Be(matches.Count, kind);
        WebUtility.HtmlDecode(Regex.Replace(HtmlOutput.TextPart(html), "<[^>]*>", string.Empty)).Should().Be(text, kind);

        var definitions = matches.Sum(m => m.Entry.Definition.TrimEnd('。').Length + 2);
        Annotate(text, AnnotationFormat.Text).Should().HaveLength(text.Length + definitions, kind);

        Regex.Count(Annotate(text, AnnotationFormat.Markdown), @"\[\^\d+\](?!:)").Should().Be(matches.Count, kind);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Hostile_text_looks_up_to_nothing_or_an_entry_without_throwing(string kind, string text)
    {
        if (Glossary.TryGet(text, out var entry))
        {
            var key = TextFolding.FoldKey(text.AsSpan());
            entry.Spellings.Select(s => TextFolding.FoldKey(s.AsSpan())).Should().Contain(key, kind);
        }
        else
        {
            FluentActions.Invoking(() => Glossary.Get(text)).Should().Throw<KeyNotFoundException>();
        }
    }

    [Fact]
    public void Empty_text_has_no_matches_and_annotates_to_nothing()
    {
        Glossary.Scan(string.Empty).Should().BeEmpty();
        Glossary.Scan(new StringReader(string.Empty)).Should().BeEmpty();
        Glossary.TryGet(string.Empty, out _).Should().BeFalse();
        foreach (var format in Enum.GetValues<AnnotationFormat>())
        {
            using var output = new StringWriter();
            Glossary.Annotate(new StringReader(string.Empty), output, new AnnotationOptions { Format = format });
            output.ToString().Should().Be(format == AnnotationFormat.Json ? "[]\n" : string.Empty);
        }
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("「", "」")]
    [InlineData("\"", "\"")]
    [InlineData(" ", " ")]
    public void A_term_inside_100000_nested_quotes_is_found_once_and_the_quotes_are_left_alone(string open, string close)
    {
        const int Depth = 100_000;
        var text = string.Concat(Enumerable.Repeat(open, Depth)) + "“135”" + string.Concat(Enumerable.Repeat(close, Depth));

        // Quotes alone are weak evidence for a generic code like 135: only the lenient policy takes them.
        var match = Glossary.Scan(text, GlossaryScanOptions.Lenient).Should().ContainSingle().Subject;

        match.Entry.Number.Should().Be(Glossary.Get("135").Number);
        match.Start.Should().BeInRange(Depth, Depth + 1);
        match.End.Should().BeInRange(Depth + 4, Depth + 5);
        Glossary.Scan(new TrickleReader(text, 4096), GlossaryScanOptions.Lenient).Should().Equal(match);
    }

    [Fact]
    public void Nested_quotes_around_every_unit_of_many_terms_keep_every_match()
    {
        var text = string.Concat(Enumerable.Repeat("““六”统”一”“七办联动”」", 20_000));

        Glossary.Scan(text).Should().HaveCount(40_000).And.Equal(Glossary.Scan(new TrickleReader(text, 1000)));
    }

    [Fact]
    public void A_50_MB_line_streams_through_Scan_and_Annotate_finding_every_term()
    {
        const string Pattern = "推行散租统管“六统一”模式，落实“四个一”机制，";
        var length = 50L * 1024 * 1024 / sizeof(char) / Pattern.Length * Pattern.Length;
        var repeats = length / Pattern.Length;

        long count = 0;
        foreach (var match in Glossary.Scan(new GeneratedReader(Pattern, length)))
        {
            count++;
        }

        count.Should().Be(2 * repeats);

        var firstOnly = new AnnotationOptions { Format = AnnotationFormat.Html, Scope = AnnotationScope.FirstInDocument };
        var output = new CountingWriter('<');
        Glossary.Annotate(new GeneratedReader(Pattern, length), output, firstOnly);
        var twice = Annotate(Pattern + Pattern, firstOnly);
        Regex.Count(twice, "<a class=\"huli-glossary\" ").Should().Be(2);
        output.Markers.Should().Be(twice.Count(c => c == '<'), "only the first use of each of the two entries is marked, and their two notes follow");
        output.Length.Should().BeGreaterThan(length);
    }

    [Fact]
    public void A_megabyte_long_unknown_term_fails_lookup_quickly_with_a_short_message()
    {
        var term = new string('六', 1 << 20);

        var error = FluentActions.Invoking(() => Glossary.Get(term)).Should().Throw<KeyNotFoundException>().Which;

        error.Message.Should().StartWith("No entry is spelled '" + new string('六', 64) + "…'.");
        error.Message.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void A_long_term_is_cut_for_the_message_between_surrogate_pairs_never_inside_one()
    {
        var term = new string('x', 63) + "😀😀";

        var error = FluentActions.Invoking(() => Glossary.Get(term)).Should().Throw<KeyNotFoundException>().Which;

        error.Message.Should().Contain("'" + new string('x', 63) + "…'");
    }

    private static string Annotate(string text, AnnotationFormat format, OffsetUnit offsets = OffsetUnit.Utf16) =>
        Annotate(text, new AnnotationOptions { Format = format, Offsets = offsets });

    private static string Annotate(string text, AnnotationOptions options)
    {
        using var output = new StringWriter();
        Glossary.Annotate(text, output, options);
        return output.ToString();
    }
}
