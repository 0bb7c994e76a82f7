using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Huli.Glossary.Tests.Support;

/// <summary>
/// The project's shared inputs beside the repository (../shared): the web copy of the Huli report as published,
/// footer and all, and the corpus of 89 real government documents. HULI_SHARED names another place for them.
/// </summary>
internal static class Shared
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The web copy of the Huli report exactly as published, with the page footer the tests' own copy lacks.</summary>
    public static string SeedReport => Read(Path.Combine(Root.Value, "source", "000_10be600c11dd0ddc.txt"));

    public static string CorpusDirectory => Path.Combine(Root.Value, "corpus", "reports");

    public static string CorpusReport(string fileName) => Read(Path.Combine(CorpusDirectory, fileName));

    public static string[] CorpusFiles() => Directory.GetFiles(CorpusDirectory, "*.txt").Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToArray()!;

    private static string Read(string path) => File.ReadAllText(path, Encoding.UTF8);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("HULI_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Huli.Glossary.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"The shared inputs are not at {shared}; set HULI_SHARED to the folder holding source/ and corpus/.");
            }
        }

        throw new DirectoryNotFoundException("No Huli.Glossary.sln above the test binaries; set HULI_SHARED to the folder holding source/ and corpus/.");
    }
}
