using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Huli.Glossary.Rendering;
using Huli.Glossary.Tests.Matching;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Rendering;

/// <summary>AnnotateAsync: what Annotate writes, with no synchronous read or write, in bounded pieces.</summary>
public class AnnotateAsyncTests
{
    private static readonly Glossary Glossary = Glossary.Default;

    private static readonly AnnotationOptions[] EveryKind =
    [
        AnnotationOptions.Default,
        new() { Format = AnnotationFormat.Html },
        new() { Format = AnnotationFormat.Html, Html = new HtmlOutputOptions { Standalone = true } },
        new() { Format = AnnotationFormat.Markdown, Scope = AnnotationScope.FirstInSection },
        new() { Format = AnnotationFormat.Json, Offsets = OffsetUnit.Utf8, IncludeDefinitions = true },
        new() { Format = AnnotationFormat.Text, Scan = GlossaryScanOptions.Lenient, Scope = AnnotationScope.FirstInBlock },
    ];

    [Fact]
    public void Annotating_a_reader_asynchronously_writes_what_annotating_the_string_writes()
    {
        var text = Gen.Frequency((6, ScanAsyncTests.TextWithPairs), (1, Gen.Const("\n\n")), (1, Gen.Const("\n"))).Array[1, 4].Select(string.Concat);
        Gen.Select(text, ScanAsyncTests.Chunks, Gen.Int[0, EveryKind.Length - 1]).Sample((text, chunks, kind) =>
        {
            var output = new AsyncOnlyWriter();

            Glossary.AnnotateAsync(new AsyncOnlyReader(text, chunks), output, EveryKind[kind]).GetAwaiter().GetResult();

            output.Written.Should().Be(Glossary.Annotate(text, EveryKind[kind]));
        }, iter: 400);
    }

    [Fact]
    public void Annotating_a_utf8_stream_into_a_stream_writes_the_utf8_of_what_annotating_the_string_writes()
    {
        Gen.Select(ScanAsyncTests.TextWithPairs, ScanAsyncTests.Chunks, Gen.Int[0, EveryKind.Length - 1]).Sample((text, chunks, kind) =>
        {
            var output = new AsyncOnlyStream();

            Glossary.AnnotateAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(text), chunks), output, EveryKind[kind]).GetAwaiter().GetResult();

            Encoding.UTF8.GetString(output.Written).Should().Be(Glossary.Annotate(text, EveryKind[kind]));
            output.Written.Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble(), "the output has no byte order mark");
        }, iter: 300);
    }

    [Fact]
    public async Task A_stream_writer_over_a_response_body_that_refuses_synchronous_writes_works()
    {
        // The case: a StreamReader over the request body, a StreamWriter over the response body.
        var body = Encoding.UTF8.GetBytes("推行散租统管“六统一”模式，优化“七办”联动机制。");
        var response = new AsyncOnlyStream();
        var writer = new StreamWriter(response);

        await Glossary.AnnotateAsync(new StreamReader(new AsyncOnlyStream(body, [5])), writer, new() { Format = AnnotationFormat.Html });

        Encoding.UTF8.GetString(response.Written).Should().Be(Glossary.Annotate(Encoding.UTF8.GetString(body), new() { Format = AnnotationFormat.Html }));
    }

    [Fact]
    public void The_synchronous_annotation_of_the_same_streams_fails_so_the_streams_are_a_fair_test()
    {
        var act = () => Glossary.Annotate(new StreamReader(new AsyncOnlyStream(Encoding.UTF8.GetBytes("六统一"), [3])), TextWriter.Null, AnnotationOptions.Default);

        act.Should().Throw<InvalidOperationException>().WithMessage("Synchronous operations are disallowed*");
    }

    [Fact]
    public async Task A_long_text_goes_out_in_bounded_pieces_as_it_is_read()
    {
        var text = string.Concat(Enumerable.Repeat(Report.Body, 1_000_000 / Report.Body.Length + 1));
        var output = new AsyncOnlyWriter();

        await Glossary.AnnotateAsync(new AsyncOnlyReader(text, [8192]), output);

        output.Written.Should().Be(Glossary.Annotate(text));
        // One write holds what gathered up to the threshold and the event that crossed it: at most a 64 K block of text.
        output.LongestWrite.Should().BeLessThanOrEqualTo(Annotator.DrainAt + 64 * 1024 + 1024);
        output.Flushes.Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task A_cancelled_token_stops_the_annotation_between_reads()
    {
        using var cancel = new CancellationTokenSource();
        var reader = new AsyncOnlyReader(string.Concat(Enumerable.Repeat("推行“六统一”模式。", 2000)), [100], cancel, cancelAt: 3);

        var act = () => Glossary.AnnotateAsync(reader, new AsyncOnlyWriter(), cancellationToken: cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        reader.Reads.Should().Be(3);
    }

    [Fact]
    public void Bad_arguments_are_refused_at_once_not_through_the_task()
    {
        var undefined = new AnnotationOptions { Format = (AnnotationFormat)9 };

        Action fromReader = () => _ = Glossary.AnnotateAsync(new StringReader("x"), new AsyncOnlyWriter(), undefined);
        Action fromStream = () => _ = Glossary.AnnotateAsync(Stream.Null, Stream.Null, undefined);

        fromReader.Should().Throw<ArgumentOutOfRangeException>();
        fromStream.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(100)]
    public async Task A_pause_in_the_input_never_splits_a_surrogate_pair_in_the_output(int readSize)
    {
        // Text of nothing but pairs: wherever the input pauses and the writer is flushed (which flushes a StreamWriter's
        // encoder), a pause between two halves would write U+FFFD. Both the synchronous and the asynchronous path.
        var text = string.Concat(Enumerable.Repeat("𩸽", 400)) + "六统一" + string.Concat(Enumerable.Repeat("😀", 400));
        var expected = Encoding.UTF8.GetBytes(Glossary.Annotate(text));
        var asyncOutput = new AsyncOnlyStream();
        var syncOutput = new MemoryStream();

        await Glossary.AnnotateAsync(new AsyncOnlyReader(text, [readSize]), new StreamWriter(asyncOutput));
        Glossary.Annotate(new TrickleReader(text, readSize), new StreamWriter(syncOutput), AnnotationOptions.Default);

        asyncOutput.Written.Should().Equal(expected);
        syncOutput.ToArray().Should().Equal(expected);
    }
}
