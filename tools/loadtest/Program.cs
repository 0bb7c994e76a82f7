using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Huli.Glossary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Huli.Glossary.LoadTest;

/// <summary>
/// Many concurrent clients send a fixed, seeded mix of lookup, search, suggest and annotate requests to the HTTP API
/// (in this process on loopback Kestrel, or at --url) and report errors, throughput and latency percentiles.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: loadtest [--url http://127.0.0.1:5080] [--clients 64] [--requests 20000] [--warmup 1000] [--api /api]\n" +
        "Without --url the API runs in this process on a free loopback port. Exit code 0 when every answer was as expected, 1 otherwise, 2 for bad arguments.";

    public static async Task<int> Main(string[] args)
    {
        if (!Settings.TryParse(args, out var settings, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        WebApplication? app = null;
        var baseAddress = settings.Url;
        if (baseAddress is null)
        {
            app = await StartAsync();
            baseAddress = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        }

        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, UseCookies = false })
            {
                BaseAddress = new Uri(baseAddress.TrimEnd('/') + "/" + settings.Api.Trim('/') + "/"),
                Timeout = TimeSpan.FromSeconds(60),
            };
            var mix = RequestMix.Create(Glossary.Default, seed: 14);
            Console.WriteLine($"target: {client.BaseAddress}{(app is null ? "" : " (in this process, Kestrel on loopback)")}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");

            await RunAsync(client, mix, settings.Clients, settings.Warmup);
            var run = await RunAsync(client, mix, settings.Clients, settings.Requests);
            run.Print(settings.Clients);
            return run.Errors == 0 ? 0 : 1;
        }
        catch (HttpRequestException exception) when (app is null)
        {
            Console.Error.WriteLine($"cannot reach {baseAddress}: {exception.Message}");
            return 1;
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGlossary();
        var app = builder.Build();
        app.MapGlossaryApi("/api");
        await app.StartAsync();
        return app;
    }

    private static async Task<Run> RunAsync(HttpClient client, RequestMix mix, int clients, int count)
    {
        var run = new Run(mix, count);
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var index = Interlocked.Increment(ref next); index < count; index = Interlocked.Increment(ref next))
            {
                var request = mix[index];
                var start = Stopwatch.GetTimestamp();
                var outcome = await SendAsync(client, request);
                run.Record(index, Stopwatch.GetElapsedTime(start), outcome);
            }
        }));
        await Task.WhenAll(workers);
        run.Elapsed = clock.Elapsed;
        return run;
    }

    /// <summary>Null when the answer is the expected one, read to its end; otherwise what was wrong.</summary>
    private static async Task<string?> SendAsync(HttpClient client, LoadRequest request)
    {
        try
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != request.ExpectedStatus)
            {
                return $"{request}: status {(int)response.StatusCode}, expected {request.ExpectedStatus}";
            }

            return request.ExpectedText is { } text && !body.Contains(text, StringComparison.Ordinal)
                ? $"{request}: the answer lacks '{text}'"
                : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.IO.IOException)
        {
            return $"{request}: {exception.GetType().Name}: {exception.Message}";
        }
    }
}

/// <summary>The command line, checked.</summary>
internal sealed record Settings(string? Url, int Clients, int Requests, int Warmup, string Api)
{
    public static bool TryParse(string[] args, out Settings settings, out string problem)
    {
        settings = new Settings(null, 64, 20_000, 1_000, "/api");
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                problem = $"{name} needs a value.";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--url" when Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps):
                    settings = settings with { Url = value };
                    break;
                case "--url":
                    problem = $"--url '{value}' is not an http or https address such as http://127.0.0.1:5080.";
                    return false;
                case "--api":
                    settings = settings with { Api = value };
                    break;
                case "--clients" or "--requests" or "--warmup":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < (name == "--warmup" ? 0 : 1) || number > 10_000_000)
                    {
                        problem = $"{name} '{value}' is not a whole number from {(name == "--warmup" ? 0 : 1)} to 10000000.";
                        return false;
                    }

                    settings = name switch
                    {
                        "--clients" => settings with { Clients = number },
                        "--requests" => settings with { Requests = number },
                        _ => settings with { Warmup = number },
                    };
                    break;
                default:
                    problem = $"unknown option '{name}'.";
                    return false;
            }
        }

        return true;
    }
}

/// <summary>One request of the mix and the answer it must get.</summary>
internal sealed record LoadRequest(string Kind, string PathAndQuery, string? Body, string? ContentType, int ExpectedStatus, string? ExpectedText)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Body is null ? HttpMethod.Get : HttpMethod.Post, PathAndQuery);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8, ContentType!);
        }

        return message;
    }

    public override string ToString() => $"{(Body is null ? "GET" : "POST")} {PathAndQuery}";
}

/// <summary>
/// The requests, drawn from the glossary itself with a fixed seed so every run sends the same sequence: lookups of
/// every headword and alias (and misses), searches by pinyin, initials, typos and components, suggestions from one
/// or two keystrokes, and annotation of the report's own sentences as text, HTML and Markdown in every output format.
/// </summary>
internal sealed class RequestMix
{
    public static readonly string[] Kinds = ["lookup", "search", "suggest", "annotate"];

    private static readonly string[] Misses = ["天气预报", "六统二三", "abc"];
    private static readonly string[] Searches = ["lty", "liutongyi", "liu tong yi", "六桶一", "liutongyu", "租金", "散租统管", "lianggaizao", "lgzsts", "qiban", "两改造", "天气"];
    private static readonly string[] Prefixes = ["l", "li", "liu", "两", "六统", "q", "s", "z", "2", "1+"];

    private readonly LoadRequest[] requests;

    private RequestMix(LoadRequest[] requests) => this.requests = requests;

    public LoadRequest this[int index] => requests[index % requests.Length];

    public static RequestMix Create(Glossary glossary, int seed)
    {
        var random = new Random(seed);
        var lookups = glossary.Entries
            .SelectMany(entry => new[] { entry.Term }.Concat(entry.Aliases.Select(alias => alias.Text)).Select(text => (text, entry.Number)))
            .Select(pair => new LoadRequest("lookup", "lookup?q=" + Uri.EscapeDataString(pair.text), null, null, 200, $"\"number\":{pair.Number}"))
            .Concat(Misses.Select(miss => new LoadRequest("lookup", "lookup?q=" + Uri.EscapeDataString(miss), null, null, 404, null)))
            .ToArray();
        var searches = Searches
            .Concat(glossary.Entries.Select(entry => entry.Term.Length > 2 ? entry.Term.Substring(0, 3) : entry.Term))
            .Select(query => new LoadRequest("search", "search?q=" + Uri.EscapeDataString(query) + "&limit=10", null, null, 200, null))
            .ToArray();
        var suggestions = Prefixes
            .Select(query => new LoadRequest("suggest", "suggest?q=" + Uri.EscapeDataString(query), null, null, 200, null))
            .ToArray();
        var sentences = glossary.Entries.SelectMany(entry => entry.Usages.Select(usage => usage.Sentence)).Distinct().ToArray();
        var annotations = new List<LoadRequest>();
        for (var i = 0; i < 60; i++)
        {
            var paragraph = Enumerable.Range(0, 1 + random.Next(8)).Select(_ => sentences[random.Next(sentences.Length)]).ToArray();
            var text = string.Join("\n", paragraph);
            annotations.Add((i % 3) switch
            {
                0 => new LoadRequest("annotate", "annotate?format=" + (i % 2 == 0 ? "html" : "json"), text, "text/plain", 200, null),
                1 => new LoadRequest("annotate", "annotate?format=html", string.Concat(paragraph.Select(s => "<p>" + WebUtility.HtmlEncode(s) + "</p>\n")), "text/html", 200, "huli-glossary"),
                _ => new LoadRequest("annotate", "annotate?format=markdown", "# 报告\n\n" + string.Join("\n\n", paragraph), "text/markdown", 200, "# 报告"),
            });
        }

        // Weights: 35 lookups, 30 searches, 10 suggestions and 25 annotations in each hundred, shuffled.
        var drawn = new LoadRequest[10_000];
        for (var i = 0; i < drawn.Length; i++)
        {
            var roll = random.Next(100);
            drawn[i] = roll switch
            {
                < 35 => lookups[random.Next(lookups.Length)],
                < 65 => searches[random.Next(searches.Length)],
                < 75 => suggestions[random.Next(suggestions.Length)],
                _ => annotations[random.Next(annotations.Count)],
            };
        }

        return new RequestMix(drawn);
    }
}

/// <summary>The latencies and failures of one run; a fixed array per run, so memory does not grow while it runs.</summary>
internal sealed class Run(RequestMix mix, int count)
{
    private const int ShownErrors = 10;

    private readonly TimeSpan[] latencies = new TimeSpan[count];
    private readonly ConcurrentQueue<string> firstErrors = new();
    private int errors;

    public TimeSpan Elapsed { get; set; }

    public int Errors => errors;

    public void Record(int index, TimeSpan latency, string? error)
    {
        latencies[index] = latency;
        if (error is not null && Interlocked.Increment(ref errors) <= ShownErrors)
        {
            firstErrors.Enqueue(error);
        }
    }

    public void Print(int clients)
    {
        var byKind = RequestMix.Kinds.ToDictionary(kind => kind, _ => new List<TimeSpan>());
        for (var i = 0; i < latencies.Length; i++)
        {
            byKind[mix[i].Kind].Add(latencies[i]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clients} clients, {latencies.Length} requests ({string.Join(", ", RequestMix.Kinds.Select(kind => $"{byKind[kind].Count} {kind}"))}) in {Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine($"errors: {errors}");
        foreach (var error in firstErrors)
        {
            Console.WriteLine("  " + error);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {latencies.Length / Elapsed.TotalSeconds:0} requests/s"));
        Console.WriteLine("latency (ms)      p50      p90      p99      max");
        Line("all", latencies);
        foreach (var kind in RequestMix.Kinds)
        {
            Line(kind, byKind[kind]);
        }
    }

    private static void Line(string name, IReadOnlyCollection<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var sorted = values.Select(value => value.TotalMilliseconds).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12}{Rank(sorted, 0.50),9:0.00}{Rank(sorted, 0.90),9:0.00}{Rank(sorted, 0.99),9:0.00}{sorted[^1],9:0.00}"));
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Rank(double[] sorted, double fraction) => sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
