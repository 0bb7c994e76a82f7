using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Robustness;

/// <summary>
/// One glossary shared by eight threads gives what it gives one thread. Each round loads a fresh glossary, so the
/// threads also race to build its matcher on first use.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 8;
    private static readonly byte[] GlossaryJson = File.ReadAllBytes(Report.DataPath("glossary.json"));

    [Fact]
    public void Eight_threads_on_one_fresh_glossary_get_what_serial_calls_get()
    {
        var expected = Work(Load());
        var rounds = 0;
        var clock = Stopwatch.StartNew();

        // Rounds until a second has passed (at least five): enough first uses to catch a race, quick enough to run twice.
        while (rounds < 5 || clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            var shared = Load();
            var results = new string[Threads][];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(index => new Thread(() =>
            {
                start.SignalAndWait();
                results[index] = Work(shared, rotate: index);
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            foreach (var result in results)
            {
                result.Should().Equal(expected, $"round {rounds} must match the serial run");
            }

            rounds++;
        }
    }

    private static Glossary Load() => Glossary.Load(new MemoryStream(GlossaryJson));

    /// <summary>Lookups, scans of a string and of a reader, an annotation and searches, in an order that differs per thread.</summary>
    private static string[] Work(Glossary glossary, int rotate = 0)
    {
        var text = Report.Body;
        var tasks = new List<Func<string>>
        {
            () => string.Join(",", Some.Words.Select(word => glossary.TryGet(word, out var entry) ? entry.Number : 0)),
            () => string.Join(",", glossary.Scan(text).Select(Describe)),
            () => string.Join(",", glossary.Scan(new TrickleReader(text, 997)).Select(Describe)),
            () =>
            {
                using var html = new StringWriter();
                glossary.Annotate(text, html, new AnnotationOptions { Format = AnnotationFormat.Html });
                return html.ToString();
            },
            () => FluentActions.Invoking(() => glossary.Get("六统")).Should().Throw<KeyNotFoundException>().Which.Message,
            // The search index is built on first use too, so the threads race for it as for the matcher.
            () => string.Join(",", new[] { "lty", "六桶一", "liutongyi", "租金", "qib" }
                .SelectMany(query => glossary.Search(query).Concat(glossary.Suggest(query)))
                .Select(result => $"{result.Entry.Number}:{result.Kind}:{result.Score:0.000}")),
        };

        var results = new string[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = (i + rotate) % tasks.Count;
            results[task] = tasks[task]();
        }

        return results;
    }

    private static string Describe(GlossaryMatch match) => $"{match.Start}+{match.Length}:{match.Entry.Number}:{match.Spelling}";
}
