using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Rendering;

/// <summary>Annotating UTF-8 from a stream to a stream: JSON made from the bytes is the JSON of the decoded text.</summary>
public class Utf8AnnotationTests
{
    private static readonly Gen<string> Lines = Some.Text(8).Array[1, 4].Select(lines => string.Join("\n", lines));

    [Fact]
    public void Json_from_bytes_is_the_json_of_the_decoded_text_in_every_offset_unit_and_scope_however_the_bytes_arrive()
    {
        var cases = Gen.Select(Lines, Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[1, 9]);
        cases.Sample((text, unit, scope, chunk) =>
        {
            var options = new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = (OffsetUnit)unit, Scope = (AnnotationScope)scope, IncludeDefinitions = chunk % 2 == 0 };
            var expected = Glossary.Default.Annotate(text, options);

            FromBytes(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), options).Should().Be(expected);
            FromBytes(new MemoryStream(Encoding.UTF8.GetBytes(text)), options).Should().Be(expected);
        }, iter: 500);
    }

    [Fact]
    public void Json_from_ill_formed_bytes_counts_the_units_and_code_points_the_decoded_text_has()
    {
        // The oddities dropped anywhere: each counts as what the decoder makes of it, before and after the first.
        var cases = Gen.Select(Lines, Utf8Oddities.Insertions(5), Gen.Int[0, 1]);
        cases.Sample((text, insertions, unit) =>
        {
            var bytes = Utf8Oddities.Into(text, insertions);

            var options = new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = (OffsetUnit)unit };
            FromBytes(new MemoryStream(bytes), options).Should().Be(Glossary.Default.Annotate(Decoded(bytes), options));
        }, iter: 1000);
    }

    [Fact]
    public void Annotating_a_stream_counts_its_ill_formed_sequences_in_every_format_however_the_bytes_arrive()
    {
        // What a decoder replaces with U+FFFD, counted one by one as .NET's decoder reads them; U+FFFD itself is text.
        var cases = Gen.Select(Lines, Utf8Oddities.Insertions(5), Gen.Int[0, 3], Gen.Int[1, 9]);
        cases.Sample((text, insertions, format, chunk) =>
        {
            var bytes = Utf8Oddities.Into(text, insertions);
            var options = new AnnotationOptions { Format = (AnnotationFormat)format, Offsets = (OffsetUnit)(chunk % 3) };
            using var output = new MemoryStream();

            Glossary.Default.Annotate(new TrickleStream(bytes, chunk), output, options).IllFormedSequences.Should().Be(IllFormed(bytes));
            IllFormedReadAsync(bytes, chunk, options).Should().Be(IllFormed(bytes));
        }, iter: 500);
    }

    [Fact]
    public void Ill_formed_sequences_far_apart_in_a_long_stream_are_each_counted_once()
    {
        // Two megabyte blocks and many windows: a sequence is counted in the block it is read in, and no byte twice.
        var filler = Encoding.UTF8.GetBytes(new string('的', 400_000));
        byte[] stray = [0x80];
        var bytes = stray.Concat(filler).Concat(new byte[] { 0xE4, 0xB8 }).Concat(filler).Concat(Encoding.UTF8.GetBytes("推行“六统一”\uFFFD")).Concat(stray).ToArray();

        var summary = Glossary.Default.Annotate(new MemoryStream(bytes), new MemoryStream(), new AnnotationOptions { Format = AnnotationFormat.Json });

        summary.IllFormedSequences.Should().Be(3);
        summary.ToString().Should().Be("3 ill-formed UTF-8 sequence(s) read as U+FFFD");
    }

    [Theory]
    [InlineData(AnnotationFormat.Json)]
    [InlineData(AnnotationFormat.Html)]
    public void Well_formed_bytes_have_no_ill_formed_sequences_U_FFFD_itself_included(AnnotationFormat format)
    {
        var summary = Glossary.Default.Annotate(new MemoryStream(Encoding.UTF8.GetBytes("推行“六统一”\uFFFD，𠀀")), new MemoryStream(), new AnnotationOptions { Format = format });

        summary.IllFormedSequences.Should().Be(0);
        summary.ToString().Should().Be("well-formed UTF-8");
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16)]
    [InlineData(OffsetUnit.CodePoints)]
    public void Offsets_after_ill_formed_bytes_in_two_windows_far_apart_count_what_the_decoded_text_has(OffsetUnit unit)
    {
        // Each stray byte is one U+FFFD: neither the second nor anything after it may be counted as well-formed text.
        var filler = Encoding.UTF8.GetBytes(new string('的', 20_000));
        byte[] stray = [0x80];
        var bytes = stray.Concat(filler).Concat(stray).Concat(Encoding.UTF8.GetBytes("推行“六统一”"))
            .Concat(stray).Concat(filler).Concat(Encoding.UTF8.GetBytes("“七办”联动"))
            .ToArray();
        var options = new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = unit };

        var json = FromBytes(new MemoryStream(bytes), options);

        json.Should().Be(Glossary.Default.Annotate(Encoding.UTF8.GetString(bytes), options)).And.Contain("六统一").And.Contain("七办");
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16)]
    [InlineData(OffsetUnit.CodePoints)]
    [InlineData(OffsetUnit.Utf8)]
    public void A_term_that_starts_where_a_block_stops_takes_in_its_opening_quote_from_the_block_before(OffsetUnit unit)
    {
        // A block's matches start before its end less the look-ahead; the next block's scan starts there, after the quote.
        var lookAhead = Glossary.Default.Automaton.Utf8LookAhead;
        var text = new string('x', 100) + "“七办”联动" + new string('x', lookAhead - 15);
        var options = new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = unit };

        var json = FromBytes(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

        json.Should().Be(Glossary.Default.Annotate(text, options)).And.Contain("“七办”联动");
    }

    [Fact]
    public void A_term_cut_by_the_end_of_a_megabyte_block_is_found()
    {
        var term = Encoding.UTF8.GetBytes("推行“六统一”。");
        foreach (var cut in Enumerable.Range(1, term.Length - 1))
        {
            var filler = Enumerable.Repeat((byte)'x', (1 << 20) - cut).ToArray();
            var bytes = filler.Concat(term).ToArray();

            var json = FromBytes(new MemoryStream(bytes), new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = OffsetUnit.Utf8 });

            var match = JsonDocument.Parse(json).RootElement.EnumerateArray().Should().ContainSingle().Subject;
            match.GetProperty("start").GetInt32().Should().Be(filler.Length + 9);
            match.GetProperty("text").GetString().Should().Be("六统一");
        }
    }

    /// <summary>How many bytes a read gives, and the kind of character around the term (<see cref="Filler"/>).</summary>
    public static TheoryData<int, string> ReadsAndFillers => new()
    {
        { 1, "three-byte" },
        { 7, "three-byte" },
        { 1, "four-byte" },
        { 1, "ill-formed" },
        { 1, "one-byte" },
    };

    [Theory]
    [MemberData(nameof(ReadsAndFillers))]
    public void The_longest_context_word_four_marks_before_its_term_is_read_in_bytes_wherever_the_reads_cut_them(int read, string filler)
    {
        // What the stream keeps behind the scan, and decodes again there, is sized by the glossary's longest context word and
        // the marks that may stand between it and the term, at three bytes a unit: here all of them take three bytes.
        var glossary = Matching.ScanStreamingTests.WithContextWord(before: "福建省人民政府");
        var before = Encoding.UTF8.GetBytes("福建省人民政府\u3000“\u3000‘");
        var shorter = Encoding.UTF8.GetBytes("福建省人民政\u3000“\u3000‘");
        var after = Encoding.UTF8.GetBytes("十五条，").Concat(Filler(filler, 80)).ToArray();
        for (var offset = 0; offset < 200; offset++)
        {
            var lead = Filler(filler, offset);

            Utf8Matches(glossary, lead.Concat(before).Concat(after).ToArray(), read)
                .Should().Equal([(lead.Length + before.Length, 9)], $"the word is read before the term after {offset} {filler} fillers");
            Utf8Matches(glossary, lead.Concat(shorter).Concat(after).ToArray(), read)
                .Should().BeEmpty($"without its last character the word is another after {offset} {filler} fillers");
        }
    }

    [Theory]
    [MemberData(nameof(ReadsAndFillers))]
    public void The_longest_context_word_four_marks_after_the_longest_term_is_read_in_bytes_wherever_the_reads_cut_them(int read, string filler)
    {
        // What the stream reads ahead of a match, and decodes past the last place a match may start, is sized by the longest
        // match (quotation marks inside it, up to twice its length and 32 more: 38 units, as here) and the longest context
        // word after it.
        var glossary = Matching.ScanStreamingTests.WithContextWord(after: "人民政府工作报告");
        var term = Encoding.UTF8.GetBytes("十" + string.Concat(Enumerable.Repeat("‘’", 17)) + "五‘条");
        var word = Encoding.UTF8.GetBytes("\u3000“\u3000‘人民政府工作报告");
        var shorter = Encoding.UTF8.GetBytes("\u3000“\u3000‘人民政府工作报");
        for (var offset = 0; offset < 200; offset++)
        {
            var lead = Filler(filler, offset);
            var trail = Filler(filler, 80);

            Utf8Matches(glossary, lead.Concat(term).Concat(word).Concat(trail).ToArray(), read)
                .Should().Equal([(lead.Length, term.Length)], $"the word is read after the term after {offset} {filler} fillers");
            Utf8Matches(glossary, lead.Concat(term).Concat(shorter).Concat(trail).ToArray(), read)
                .Should().BeEmpty($"without its last character the word is another after {offset} {filler} fillers");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void A_match_never_widens_back_into_the_match_before_it_wherever_the_reads_cut_them(int read)
    {
        // 七办"联动 takes the " after it to balance its own; 六统"一 would take the " before it, but that one is the first match's,
        // also when the second match is found in bytes read after the first was.
        var pair = Encoding.UTF8.GetBytes("七办\"联动\"六统\"一");
        var trail = Filler("three-byte", 200);
        for (var offset = 0; offset < 200; offset++)
        {
            var lead = Filler("three-byte", offset);

            Utf8Matches(Glossary.Default, lead.Concat(pair).Concat(trail).ToArray(), read)
                .Should().Equal([(lead.Length, 14), (lead.Length + 14, 10)], $"after {offset} fillers");
        }
    }

    [Fact]
    public void Utf8_offsets_count_the_inputs_own_bytes_ill_formed_ones_included_and_a_byte_order_mark_not()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0xE4, 0xB8, 0xFF }.Concat(Encoding.UTF8.GetBytes("推行\"七办\"联动")).ToArray();

        var json = JsonDocument.Parse(FromBytes(new MemoryStream(bytes), new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = OffsetUnit.Utf8 }));
        var utf16 = JsonDocument.Parse(FromBytes(new MemoryStream(bytes), new AnnotationOptions { Format = AnnotationFormat.Json }));

        var match = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        (match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32()).Should().Be((9, 14));
        match.GetProperty("text").GetString().Should().Be("\"七办\"联动", "the quotes inside the match are escaped in the JSON and read back");
        utf16.RootElement[0].GetProperty("start").GetInt32().Should().Be(4, "E4 B8 and FF are two U+FFFD, then 推行");
    }

    [Theory]
    [InlineData(AnnotationFormat.Text)]
    [InlineData(AnnotationFormat.Html)]
    [InlineData(AnnotationFormat.Markdown)]
    public void Markup_from_a_stream_is_the_markup_of_the_decoded_text(AnnotationFormat format)
    {
        var text = "\uFEFF推行“六统一”，优化七办联动。";
        var options = new AnnotationOptions { Format = format };

        FromBytes(new MemoryStream(Encoding.UTF8.GetBytes(text)), options).Should().Be(Glossary.Default.Annotate(text.Substring(1), options));
    }

    [Fact]
    public void Json_puts_one_match_on_a_line_between_the_brackets()
    {
        var json = Glossary.Default.Annotate("推行“六统一”，优化七办联动。", new AnnotationOptions { Format = AnnotationFormat.Json });

        json.Split('\n').Should().Equal(
            "[",
            "{\"start\":3,\"length\":3,\"number\":13,\"term\":\"六统一\",\"text\":\"六统一\",\"evidence\":\"distinctiveSpelling\",\"confidence\":0.95},",
            "{\"start\":10,\"length\":4,\"number\":28,\"term\":\"七办联动\",\"text\":\"七办联动\",\"evidence\":\"distinctiveSpelling\",\"confidence\":0.95}",
            "]",
            string.Empty);
    }

    /// <summary>The matches annotate's JSON reports in <paramref name="bytes"/> read a few at a time, as byte offsets.</summary>
    private static (int Start, int Length)[] Utf8Matches(Glossary glossary, byte[] bytes, int read)
    {
        using var output = new MemoryStream();
        glossary.Annotate(new TrickleStream(bytes, read), output, new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = OffsetUnit.Utf8 });
        return JsonDocument.Parse(output.ToArray()).RootElement.EnumerateArray()
            .Select(match => (match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32()))
            .ToArray();
    }

    /// <summary>Text around a term in characters of one width: 文 (three bytes, a unit), 𠀀 (four bytes, two units), F0 90 80 (a
    /// character cut short, three bytes read as one U+FFFD) or x (one byte).</summary>
    private static byte[] Filler(string kind, int count)
    {
        byte[] one = kind switch
        {
            "three-byte" => Encoding.UTF8.GetBytes("文"),
            "four-byte" => Encoding.UTF8.GetBytes("\U00020000"),
            "ill-formed" => [0xF0, 0x90, 0x80],
            _ => [(byte)'x'],
        };

        return Enumerable.Repeat(one, count).SelectMany(b => b).ToArray();
    }

    /// <summary>What <see cref="Glossary.AnnotateAsync(Stream, Stream, AnnotationOptions, System.Threading.CancellationToken)"/>
    /// counts, the bytes arriving <paramref name="chunk"/> at a time.</summary>
    private static long IllFormedReadAsync(byte[] bytes, int chunk, AnnotationOptions options) =>
        Glossary.Default.AnnotateAsync(new AsyncOnlyStream(bytes, [chunk]), new AsyncOnlyStream(), options).GetAwaiter().GetResult().IllFormedSequences;

    /// <summary>The ill-formed sequences of <paramref name="bytes"/> as the runtime's one-character decoder reads them.</summary>
    private static int IllFormed(byte[] bytes)
    {
        var count = 0;
        for (var rest = bytes.AsSpan(); !rest.IsEmpty;)
        {
            // A character the end cuts short (NeedMoreData) is one ill-formed sequence too.
            count += System.Text.Rune.DecodeFromUtf8(rest, out _, out var consumed) != System.Buffers.OperationStatus.Done ? 1 : 0;
            rest = rest.Slice(consumed);
        }

        return count;
    }

    /// <summary>The text as a reader of the stream decodes it: a byte order mark at its start is no part of it.</summary>
    private static string Decoded(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string FromBytes(Stream input, AnnotationOptions options)
    {
        using var output = new MemoryStream();
        Glossary.Default.Annotate(input, output, options);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
