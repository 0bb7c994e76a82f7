using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Huli.Glossary.Benchmarks;

/// <summary>The report, repeated until it is a corpus big enough to time a scan over.</summary>
public static class Corpus
{
    /// <summary>At least 20 MiB of UTF-16 (10.5 M characters), whole copies of the report.</summary>
    public static string Build(int minimumBytes = 21 * 1024 * 1024)
    {
        var report = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "report.txt"), Encoding.UTF8);
        var copies = (minimumBytes / (2 * report.Length)) + 1;
        return string.Concat(Enumerable.Repeat(report, copies));
    }

    /// <summary>Every spelling the matcher looks for in running text, as written in glossary.json.</summary>
    public static string[] Spellings(Glossary glossary) => glossary.Entries
        .SelectMany(entry => entry.Spellings)
        .Distinct(StringComparer.Ordinal)
        .ToArray();
}
