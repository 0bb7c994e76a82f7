using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Huli.Glossary.Benchmarks;

/// <summary>Lookup of a hit by a key that is already folded, loading the embedded glossary.json, and refusing a file
/// with 3,000 problems (each located in the file, which once walked the file per problem: 12 s).</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private readonly Glossary glossary = Glossary.Default;
    private byte[] json = Array.Empty<byte>();
    private byte[] broken = Array.Empty<byte>();

    [GlobalSetup]
    public void ReadEmbeddedJson()
    {
        using var resource = typeof(Glossary).Assembly.GetManifestResourceStream("Huli.Glossary.glossary.json")!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        json = copy.ToArray();
        var entries = new StringBuilder("{\"entries\": [\n");
        for (var i = 0; i < 3000; i++)
        {
            entries.Append(i == 0 ? string.Empty : ",\n").Append("{\"number\": 0, \"term\": \"词").Append(i).Append("\", \"definition\": \"一条解释。\"}");
        }

        broken = Encoding.UTF8.GetBytes(entries.Append("\n]}\n").ToString());
    }

    [Benchmark]
    public bool TryGetFoldedHit() => glossary.TryGet("六统一".AsSpan(), out _);

    [Benchmark]
    public Glossary Load() => Glossary.Load(new MemoryStream(json, writable: false));

    [Benchmark]
    public int LoadWith3000Problems()
    {
        try
        {
            Glossary.Load(new MemoryStream(broken, writable: false));
            throw new InvalidOperationException("the broken glossary loaded");
        }
        catch (GlossaryFormatException exception)
        {
            return exception.Problems.Count;
        }
    }
}
