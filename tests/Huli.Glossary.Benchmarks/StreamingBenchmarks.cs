using System.IO;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Huli.Glossary.Benchmarks;

/// <summary>
/// What the asynchronous path costs over the synchronous one on the same 20 MiB corpus, from memory (so the figures are
/// the library's, not a disk's): Scan(TextReader) against ScanAsync over a reader and over UTF-8 bytes, and Annotate
/// against AnnotateAsync. Each returns a count, so none can be optimised away.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private string text = string.Empty;
    private byte[] utf8 = [];
    private Glossary glossary = Glossary.Default;

    [GlobalSetup]
    public void Setup()
    {
        text = Corpus.Build();
        utf8 = Encoding.UTF8.GetBytes(text);
        glossary = Glossary.Default;
        _ = glossary.Scan("六统一");
    }

    [Benchmark(Baseline = true, Description = "Scan(TextReader)")]
    public int ScanReader()
    {
        var count = 0;
        foreach (var match in glossary.Scan(new StringReader(text)))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "ScanAsync(TextReader)")]
    public async Task<int> ScanReaderAsync()
    {
        var count = 0;
        await foreach (var match in glossary.ScanAsync(new StringReader(text)))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "ScanAsync(Stream), UTF-8 decoded")]
    public async Task<int> ScanStreamAsync()
    {
        var count = 0;
        await foreach (var match in glossary.ScanAsync(new MemoryStream(utf8, writable: false)))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "Annotate(TextReader, TextWriter), text")]
    public long Annotate()
    {
        var output = new CountingWriter();
        glossary.Annotate(new StringReader(text), output, AnnotationOptions.Default);
        return output.Length;
    }

    [Benchmark(Description = "AnnotateAsync(TextReader, TextWriter), text")]
    public async Task<long> AnnotateAsync()
    {
        var output = new CountingWriter();
        await glossary.AnnotateAsync(new StringReader(text), output);
        return output.Length;
    }

    /// <summary>Counts what is written and keeps nothing, so the output's size does not weigh on the figures.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Length { get; private set; }

        public override Encoding Encoding => Encoding.Unicode;

        public override void Write(char value) => Length++;

        public override void Write(char[] buffer, int index, int count) => Length += count;

        public override void Write(System.ReadOnlySpan<char> buffer) => Length += buffer.Length;

        public override void Write(string? value) => Length += value?.Length ?? 0;

        public override Task WriteAsync(System.ReadOnlyMemory<char> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Length += buffer.Length;
            return Task.CompletedTask;
        }
    }
}
