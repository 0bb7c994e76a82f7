using System;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace Huli.Glossary.Benchmarks;

/// <summary>Lookup of a hit by a key that is already folded, and loading the embedded glossary.json.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private readonly Glossary glossary = Glossary.Default;
    private byte[] json = Array.Empty<byte>();

    [GlobalSetup]
    public void ReadEmbeddedJson()
    {
        using var resource = typeof(Glossary).Assembly.GetManifestResourceStream("Huli.Glossary.glossary.json")!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        json = copy.ToArray();
    }

    [Benchmark]
    public bool TryGetFoldedHit() => glossary.TryGet("六统一".AsSpan(), out _);

    [Benchmark]
    public Glossary Load() => Glossary.Load(new MemoryStream(json, writable: false));
}
