using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Huli.Glossary.Benchmarks;

/// <summary>One search per query kind people type; the index is built in setup, as after a program's first search.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private readonly Glossary glossary = Glossary.Default;

    [Params("六统一", "liutongyi", "lty", "六桶一", "租金", "liutongyu", "天气")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void BuildIndex() => glossary.Search("六统一");

    [Benchmark]
    public IReadOnlyList<GlossarySearchResult> Search() => glossary.Search(Query);
}
