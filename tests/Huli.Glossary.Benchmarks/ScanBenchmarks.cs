using System;
using System.Buffers;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Huli.Glossary.Benchmarks;

/// <summary>
/// Scan throughput over a corpus of at least 20 MiB made from the report, against three ways of finding the
/// same spellings that fold nothing: a compiled Regex alternation, a SearchValues&lt;string&gt; loop, and an
/// IndexOf loop per spelling. Each returns the number of places found, so none can be optimised away. Every
/// benchmark runs three times in one run: with what the processor has (the AVX-512 prefilter where there is one),
/// without AVX-512 (the scalar prefilter), and without AVX2, so the baselines meet each path on the same terms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InstructionSets))]
public class ScanBenchmarks
{
    private string text = string.Empty;
    private byte[] utf8 = [];
    private char[] decoded = [];
    private Glossary glossary = Glossary.Default;
    private Regex alternation = null!;
    private SearchValues<string> searchValues = null!;
    private string[] spellings = [];

    [GlobalSetup]
    public void Setup()
    {
        text = Corpus.Build();
        utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        decoded = new char[text.Length];
        glossary = Glossary.Default;
        spellings = Corpus.Spellings(glossary);
        var longestFirst = spellings.OrderByDescending(s => s.Length).Select(Regex.Escape);
        alternation = new Regex(string.Join("|", longestFirst), RegexOptions.Compiled | RegexOptions.CultureInvariant);
        searchValues = SearchValues.Create(spellings, StringComparison.Ordinal);
        _ = glossary.Scan("六统一".AsSpan()).MoveNext();
        _ = glossary.Scan("六统一"u8).MoveNext();
    }

    [Benchmark(Baseline = true, Description = "Glossary.Scan(span), folding")]
    public int GlossaryScan()
    {
        var count = 0;
        foreach (var match in glossary.Scan(text.AsSpan()))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "Glossary.Scan(utf8 bytes), folding, byte offsets")]
    public int GlossaryScanUtf8()
    {
        var count = 0;
        foreach (var match in glossary.Scan(utf8.AsSpan()))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "UTF-8 decoded, then Glossary.Scan(span)")]
    public int DecodeThenScan()
    {
        var length = System.Text.Encoding.UTF8.GetChars(utf8, decoded);
        var count = 0;
        foreach (var match in glossary.Scan(decoded.AsSpan(0, length)))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "Regex alternation, compiled, no folding")]
    public int RegexAlternation()
    {
        var count = 0;
        foreach (var match in alternation.EnumerateMatches(text))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "SearchValues<string> IndexOfAny loop, no folding")]
    public int SearchValuesLoop()
    {
        var count = 0;
        var rest = text.AsSpan();
        int index;
        while ((index = rest.IndexOfAny(searchValues)) >= 0)
        {
            count++;
            rest = rest.Slice(index + 1);
        }

        return count;
    }

    [Benchmark(Description = "IndexOf loop per spelling, no folding")]
    public int IndexOfPerSpelling()
    {
        var count = 0;
        foreach (var spelling in spellings)
        {
            for (var index = text.IndexOf(spelling, StringComparison.Ordinal); index >= 0; index = text.IndexOf(spelling, index + spelling.Length, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>One job per x64 path: all the processor has, AVX-512 off, AVX2 off (which turns AVX-512 off too), , and
    /// vectors off (the scalar prefilter; Regex and SearchValues lose their vector search too). .NET 10 needs x86-64-v2,
    /// whose SSSE3 byte shuffles the prefilter uses without AVX-512, so there is no SSE2-only x64 path to measure.
    /// .NET 10 reads DOTNET_EnableAVX512; .NET 8 and 9 read DOTNET_EnableAVX512F.</summary>
    private sealed class InstructionSets : ManualConfig
    {
        public InstructionSets()
        {
            var job = Job.ShortRun.WithIterationCount(10);
            AddJob(job.WithId("all"));
            AddJob(job.WithId("no AVX-512").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX512", "0"), new EnvironmentVariable("DOTNET_EnableAVX512F", "0")));
            AddJob(job.WithId("no AVX2").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX2", "0")));
            AddJob(job.WithId("no vectors").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableHWIntrinsic", "0")));
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob);

            // Builds of the benchmark project took over two minutes, BenchmarkDotNet's default limit, on the shared VM.
            WithBuildTimeout(TimeSpan.FromMinutes(15));
        }
    }
}
