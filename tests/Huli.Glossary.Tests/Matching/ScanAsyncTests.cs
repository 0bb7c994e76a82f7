using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>ScanAsync over readers and UTF-8 streams: the synchronous results, asynchronously, in any chunking.</summary>
public class ScanAsyncTests
{
    private static readonly Glossary Glossary = Glossary.Default;

    /// <summary>Text from the glossary's words, with characters outside the BMP (surrogate pairs) between them.</summary>
    internal static readonly Gen<string> TextWithPairs =
        Gen.Frequency((6, Some.Token), (1, Gen.Int[0, 3].Select(i => new[] { "😀", "𠀀", "𩸽六", "统𠀀一" }[i]))).Array[0, 40].Select(string.Concat);

    /// <summary>Read sizes for a reader or a stream: cycled, so reads end at varying places.</summary>
    internal static readonly Gen<int[]> Chunks = Gen.Int[1, 9].Array[1, 5];

    [Fact]
    public void Scanning_a_reader_asynchronously_gives_what_scanning_the_string_gives()
    {
        // A lone surrogate too: a reader of UTF-16 may hold one.
        var text = Gen.Frequency((8, TextWithPairs), (1, TextWithPairs.Select(t => t + "\uD800" + t)));
        Gen.Select(text, Chunks).Sample((text, chunks) =>
            Collect(Glossary.ScanAsync(new AsyncOnlyReader(text, chunks))).Should().Equal(Glossary.Scan(text)), iter: 400);
    }

    [Fact]
    public void Scanning_a_utf8_stream_asynchronously_gives_what_scanning_the_decoded_string_gives()
    {
        // Byte chunks of 1 to 9 split the three- and four-byte sequences of CJK and of the pairs.
        Gen.Select(TextWithPairs, Chunks).Sample((text, chunks) =>
            Collect(Glossary.ScanAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(text), chunks))).Should().Equal(Glossary.Scan(text)), iter: 400);
    }

    [Fact]
    public void Texts_longer_than_the_buffer_give_the_same_matches_at_any_read_sizes()
    {
        // Several 64 K buffers of random text, read in pieces of up to 20,000 units, so block edges fall anywhere.
        var longText = TextWithPairs.Array[3000, 4000].Select(string.Concat);
        Gen.Select(longText, Gen.Int[1, 20_000].Array[1, 4], Gen.Bool).Sample((text, chunks, lenientScan) =>
        {
            var options = lenientScan ? GlossaryScanOptions.Lenient : GlossaryScanOptions.Precise;
            text.Length.Should().BeGreaterThan(64 * 1024);
            Collect(Glossary.ScanAsync(new AsyncOnlyReader(text, chunks), options)).Should().Equal(Glossary.Scan(text, options));
        }, iter: 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(65536)]
    public void A_term_across_the_buffers_edge_is_found_at_every_offset(int readSize)
    {
        for (var offset = -12; offset <= 12; offset++)
        {
            var text = new string('字', 64 * 1024 + offset) + "推行“六统一”模式，" + new string('字', 100) + "𠀀七办联动";

            var matches = Collect(Glossary.ScanAsync(new AsyncOnlyReader(text, [readSize])));

            matches.Should().Equal(Glossary.Scan(text));
            matches.Select(m => m.Entry.Number).Should().Equal([13, 28], $"offset {offset}");
        }
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("六统一")).ToArray();

        var match = Collect(Glossary.ScanAsync(new AsyncOnlyStream(bytes, [2]))).Single();

        match.Start.Should().Be(0);
        match.Entry.Number.Should().Be(13);
    }

    [Fact]
    public async Task A_cancelled_token_stops_the_scan_between_reads()
    {
        using var cancel = new CancellationTokenSource();
        var reader = new AsyncOnlyReader(string.Concat(Enumerable.Repeat("推行“六统一”模式。", 2000)), [100], cancel, cancelAt: 3);

        var act = async () =>
        {
            await foreach (var _ in Glossary.ScanAsync(reader, cancellationToken: cancel.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        reader.Reads.Should().Be(3, "the token is checked before each read, and the read that cancelled it was the last");
    }

    [Fact]
    public async Task A_token_given_to_WithCancellation_counts_too()
    {
        using var cancel = new CancellationTokenSource();
        var reader = new AsyncOnlyReader(string.Concat(Enumerable.Repeat("推行“六统一”模式。", 2000)), [100], cancel, cancelAt: 2);

        var act = async () =>
        {
            await foreach (var _ in Glossary.ScanAsync(reader).WithCancellation(cancel.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        reader.Reads.Should().Be(2);
    }

    [Fact]
    public async Task A_match_arrives_before_the_input_has_been_read_to_its_end()
    {
        var reader = new AsyncOnlyReader("优化“七办”联动机制" + new string('字', 600) + new string('文', 100_000), [700]);

        await using var matches = Glossary.ScanAsync(reader).GetAsyncEnumerator();
        (await matches.MoveNextAsync()).Should().BeTrue();

        matches.Current.Entry.Number.Should().Be(28);
        reader.Reads.Should().BeLessThan(3);
    }

    [Fact]
    public void The_synchronous_scan_of_the_same_stream_fails_so_the_stream_is_a_fair_test()
    {
        var act = () => Glossary.Scan(new StreamReader(new AsyncOnlyStream(Encoding.UTF8.GetBytes("六统一"), [3]))).ToList();

        act.Should().Throw<InvalidOperationException>().WithMessage("Synchronous operations are disallowed*");
    }

    internal static List<GlossaryMatch> Collect(IAsyncEnumerable<GlossaryMatch> matches) => CollectAsync(matches).GetAwaiter().GetResult();

    private static async Task<List<GlossaryMatch>> CollectAsync(IAsyncEnumerable<GlossaryMatch> matches)
    {
        var list = new List<GlossaryMatch>();
        await foreach (var match in matches)
        {
            list.Add(match);
        }

        return list;
    }
}
