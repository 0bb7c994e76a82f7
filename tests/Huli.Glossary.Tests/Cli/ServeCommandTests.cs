using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Huli.Glossary.Cli;

namespace Huli.Glossary.Tests.Cli;

/// <summary><c>huli-glossary serve</c>: its addresses, its errors, and the app it runs, on real loopback sockets.</summary>
public class ServeCommandTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.1.2.3:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://example.com:5080", false)]
    public void Only_loopback_addresses_count_as_this_machine_only(string url, bool loopback)
    {
        ServeCommand.IsLoopback(ServeCommand.ParseUrls(url).Single()).Should().Be(loopback);
    }

    [Fact]
    public void Several_addresses_are_separated_by_semicolons()
    {
        ServeCommand.ParseUrls("http://127.0.0.1:5080; http://[::1]:5081").Select(u => u.Port).Should().Equal(5080, 5081);
    }

    [Theory]
    [InlineData("nonsense", "not an address")]
    [InlineData("ftp://127.0.0.1:21", "not an address")]
    [InlineData("127.0.0.1:5080", "not an address")]
    [InlineData("https://127.0.0.1:5443", "plain HTTP")]
    [InlineData("http://127.0.0.1:5080/glossary", "only the scheme, host and port")]
    [InlineData(";", "at least one address")]
    public void A_bad_address_is_one_line_and_exit_2(string urls, string said)
    {
        var (exit, stdout, stderr) = CliRunner.Run("serve", "--urls", urls);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("huli-glossary: serve: --urls:").And.Contain(said).And.NotContain("   at ");
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, stderr) = CliRunner.Run("serve", "--urls", $"http://127.0.0.1:{port}");

        exit.Should().Be(2);
        stderr.Should().Be($"huli-glossary: serve: cannot listen on http://127.0.0.1:{port}: another program is using that port; choose another with --urls http://127.0.0.1:PORT.\n");
    }

    [Fact]
    public void A_reachable_address_is_warned_about_before_serving()
    {
        // The port is taken so that the command returns; the warning comes first either way.
        using var taken = new TcpListener(IPAddress.Any, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (_, _, stderr) = CliRunner.Run("serve", "--urls", $"http://0.0.0.0:{port}");

        stderr.Should().StartWith($"huli-glossary: serve: warning: http://0.0.0.0:{port} can be reached from other machines; the API has no authentication.");
    }

    [Fact]
    public void A_broken_glossary_file_is_reported_before_listening()
    {
        var path = Path.Combine(Path.GetTempPath(), $"serve-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"entries\": 3 }");
        try
        {
            var (exit, _, stderr) = CliRunner.Run("serve", "--glossary", path, "--urls", "http://127.0.0.1:0");

            exit.Should().Be(2);
            stderr.Should().StartWith("huli-glossary: --glossary:").And.Contain(Path.GetFileName(path)).And.Contain("'entries'");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_app_serves_the_api_and_its_openapi_document()
    {
        await using var app = ServeCommand.Build(Glossary.Default, ServeCommand.ParseUrls("http://127.0.0.1:0"), TextWriter.Null);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var entry = await client.GetStringAsync("/api/lookup?q=%E5%85%AD%E7%BB%9F%E4%B8%80");
        var openApi = await client.GetStringAsync("/openapi/v1.json");

        entry.Should().StartWith("{\"number\":13,");
        foreach (var path in new[] { "/api/entries", "/api/entries/{number}", "/api/lookup", "/api/search", "/api/suggest", "/api/annotate" })
        {
            openApi.Should().Contain($"\"{path}\"");
        }

        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_runs_until_stopped_then_exits_0()
    {
        using var stop = new CancellationTokenSource();
        using var stderr = new StringWriter();
        var context = new CliContext(new MemoryStream(), new MemoryStream(), TextWriter.Synchronized(stderr));

        var run = Task.Run(() => ServeCommand.Run(context, Glossary.Default, "http://127.0.0.1:0", stop.Token));
        await WaitUntil(() => stderr.ToString().Contains("serving", StringComparison.Ordinal));
        stop.Cancel();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));

        exit.Should().Be(0);
        stderr.ToString().Should().MatchRegex(@"^huli-glossary: serving http://127\.0\.0\.1:\d+ \(the reader page at /, the API at /api, OpenAPI at /openapi/v1\.json\); Ctrl\+C stops\.\r?\nhuli-glossary: stopped\.\r?\n$");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            waited.Should().BeLessThan(30_000, "the server should start within 30 s");
            await Task.Delay(50);
        }
    }
}
