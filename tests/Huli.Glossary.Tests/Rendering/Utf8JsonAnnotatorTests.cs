using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Huli.Glossary.Rendering;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Rendering;

/// <summary>Annotating UTF-8 to JSON on several threads at once: the parts come out as one thread writes them.</summary>
public class Utf8JsonAnnotatorTests
{
    [Fact]
    public void Json_of_a_text_cut_into_parts_anywhere_is_the_json_of_one_thread()
    {
        var taken = 0;
        var again = 0;
        var cases = Gen.Select(Some.Text(40).Array[1, 6], Utf8Oddities.Insertions(3), Gen.Int[0, 2], Gen.Int[2, 4], Gen.Int[1, 300]);
        cases.Sample((lines, insertions, unit, threads, minPart) =>
        {
            var bytes = Utf8Oddities.Into(string.Join("\n", lines), insertions);
            var options = new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = (OffsetUnit)unit, IncludeDefinitions = minPart % 2 == 0 };
            var (expected, expectedIllFormed, _) = Annotate(bytes, options, minPart);

            var (json, illFormed, annotator) = Annotate(bytes, new AnnotationOptions
            {
                Format = AnnotationFormat.Json,
                Offsets = options.Offsets,
                IncludeDefinitions = options.IncludeDefinitions,
                MaxDegreeOfParallelism = threads,
            }, minPart);

            json.Should().Be(expected);
            illFormed.Should().Be(expectedIllFormed);
            taken += annotator.PartsTaken;
            again += annotator.PartsScannedAgain;
        }, iter: 1000);

        // Both ways through the merge were taken, or the comparison above proved little.
        taken.Should().BePositive();
        again.Should().BePositive();
    }

    [Fact]
    public void A_long_text_is_scanned_in_parts_that_go_to_the_output_as_the_helpers_wrote_them()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Report.Full, 3)));
        var options = new AnnotationOptions { Format = AnnotationFormat.Json, MaxDegreeOfParallelism = 2 };

        // Blocks of 16 KB: the report names its place in the first, so the parts of every later one are taken.
        var (json, _, annotator) = Annotate(bytes, options, minPart: 4096, blockLength: 16 * 1024);

        annotator.PartsTaken.Should().BeGreaterThan(bytes.Length / (16 * 1024) / 2);
        json.Should().Be(Glossary.Default.Annotate(Encoding.UTF8.GetString(bytes), options));
    }

    [Theory]
    [InlineData("湖里区", true)]
    [InlineData("某某区", false)]
    public void A_part_after_the_text_named_the_place_is_scanned_again_with_that_sense_and_any_other_part_is_taken(string place, bool matched)
    {
        // The term is generic: only a text about the place makes it a match. It lies in the second part, the place in the first.
        var text = place + new string('x', 4000) + "培育千亿产业集群" + new string('x', 2000);
        var options = new AnnotationOptions { Format = AnnotationFormat.Json, MaxDegreeOfParallelism = 2 };

        var (json, _, annotator) = Annotate(Encoding.UTF8.GetBytes(text), options, minPart: 1000);

        json.Should().Be(Glossary.Default.Annotate(text, options));
        json.Contains("千亿产业集群", StringComparison.Ordinal).Should().Be(matched);
        (annotator.PartsTaken, annotator.PartsScannedAgain).Should().Be(matched ? (0, 1) : (1, 0));
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16, new byte[] { 0xC0, 0xAF }, false)]
    [InlineData(OffsetUnit.CodePoints, new byte[] { 0x80 }, false)]
    [InlineData(OffsetUnit.Utf16, new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, true)]
    [InlineData(OffsetUnit.CodePoints, new byte[] { 0xEF, 0xBF, 0xBD }, true)]
    public void A_part_whose_offset_was_counted_wrong_from_ill_formed_bytes_before_it_is_scanned_again(OffsetUnit unit, byte[] before, bool taken)
    {
        // An overlong form is two U+FFFDs and a stray continuation byte one, where a count of character starts sees one
        // and none; a character beyond the BMP, and U+FFFD itself, are counted right.
        var bytes = before.Concat(Encoding.UTF8.GetBytes(new string('x', 4000) + "推行“六统一”模式" + new string('x', 2000))).ToArray();
        var options = new AnnotationOptions { Format = AnnotationFormat.Json, Offsets = unit, MaxDegreeOfParallelism = 2 };

        var (json, _, annotator) = Annotate(bytes, options, minPart: 1000);

        json.Should().Be(Glossary.Default.Annotate(Encoding.UTF8.GetString(bytes), options)).And.Contain("六统一");
        (annotator.PartsTaken, annotator.PartsScannedAgain).Should().Be(taken ? (1, 0) : (0, 1));
    }

    [Fact]
    public void A_term_across_the_cut_between_two_parts_is_found_once()
    {
        // The block ends short of the text by the look-ahead, and is cut at its middle: inside the term's 统.
        var lookAhead = Glossary.Default.Automaton.Utf8LookAhead;
        var text = new string('x', 3001 - lookAhead) + "推行“六统一”模式" + new string('x', 3000);
        var options = new AnnotationOptions { Format = AnnotationFormat.Json, MaxDegreeOfParallelism = 2 };

        var (json, _, annotator) = Annotate(Encoding.UTF8.GetBytes(text), options, minPart: 1000);

        json.Should().Be(Glossary.Default.Annotate(text, options)).And.Contain("六统一");
        annotator.PartsScannedAgain.Should().Be(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Fewer_than_one_thread_is_refused(int threads)
    {
        var act = () => new AnnotationOptions { MaxDegreeOfParallelism = threads };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void One_thread_per_processor_is_asked_for_with_minus_one()
    {
        var text = string.Concat(Enumerable.Repeat(Report.Full, 2));
        var options = new AnnotationOptions { Format = AnnotationFormat.Json, MaxDegreeOfParallelism = -1 };
        using var output = new MemoryStream();

        Glossary.Default.Annotate(new MemoryStream(Encoding.UTF8.GetBytes(text)), output, options);

        Encoding.UTF8.GetString(output.ToArray()).Should().Be(Glossary.Default.Annotate(text, options));
    }

    private static (string Json, long IllFormed, Utf8JsonAnnotator Annotator) Annotate(byte[] bytes, AnnotationOptions options, int minPart, int blockLength = 1 << 20)
    {
        using var output = new MemoryStream();
        using var annotator = new Utf8JsonAnnotator(Glossary.Default.Automaton, new MemoryStream(bytes), output, options, blockLength, minPart);
        var illFormed = annotator.Run();
        return (Encoding.UTF8.GetString(output.ToArray()), illFormed, annotator);
    }
}
