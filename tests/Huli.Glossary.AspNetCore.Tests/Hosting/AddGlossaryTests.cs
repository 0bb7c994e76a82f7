using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Huli.Glossary.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huli.Glossary.AspNetCore.Tests.Hosting;

/// <summary><c>services.AddGlossary(o =&gt; …)</c>: the glossary served, files merged in, options checked at start-up.</summary>
public sealed class AddGlossaryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("huli-aspnet-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_glossary_service_is_the_default_glossary_unless_told()
    {
        using var factory = new GlossaryApiFactory();

        factory.Services.GetRequiredService<Glossary>().Should().BeSameAs(Glossary.Default);
    }

    [Fact]
    public async Task A_file_is_merged_into_the_default_and_served()
    {
        var path = Write("siming.json", """{ "title": "思明", "entries": [ { "number": 40, "term": "五个一", "definition": "一个定义。" } ] }""");
        using var factory = new GlossaryApiFactory { Configure = o => o.Files.Add(path) };

        var entries = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/entries")).RootElement;
        var found = await factory.CreateClient().GetStringAsync($"/api/lookup?q={Uri.EscapeDataString("五个一")}");

        entries.GetArrayLength().Should().Be(40);
        JsonDocument.Parse(found).RootElement.GetProperty("number").GetInt32().Should().Be(40);
        factory.Services.GetRequiredService<Glossary>().Title.Should().Be("思明");
    }

    [Fact]
    public async Task A_glossary_of_ones_own_replaces_the_default()
    {
        var mine = Glossary.Create([new GlossaryEntry { Number = 1, Term = "五个一", Definition = "一个定义。" }]);
        using var factory = new GlossaryApiFactory { Configure = o => o.Glossary = mine };

        var entries = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/entries")).RootElement;

        entries.GetArrayLength().Should().Be(1);
        (await factory.CreateClient().GetAsync("/api/lookup?q=%E5%85%AD%E7%BB%9F%E4%B8%80")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public void A_broken_file_stops_the_start_naming_the_file_line_and_field()
    {
        var path = Write("broken.json", "{ \"entries\": [\n  { \"number\": 40, \"term\": \"五个一\", \"definition\": 42 } ] }");
        using var factory = new GlossaryApiFactory { Configure = o => o.Files.Add(path) };

        var start = () => factory.CreateClient();

        var failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.Failures.Should().ContainSingle().Which.Should().Contain(path).And.Contain("(2,").And.Contain("definition");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var missing = Path.Combine(folder, "missing.json");
        using var factory = new GlossaryApiFactory
        {
            Configure = o =>
            {
                o.Files.Add(missing);
                o.Files.Add(folder);
                o.MaxRequestBodySize = 0;
                o.MaxQueryLength = -1;
                o.MaxResults = 0;
                o.EntriesMaxAge = TimeSpan.FromSeconds(-1);
            },
        };

        var failures = ((Action)(() => factory.CreateClient())).Should().Throw<OptionsValidationException>().Which.Failures.ToList();

        failures.Should().HaveCount(6);
        failures.Should().Contain(f => f.Contains("no such glossary file") && f.Contains(missing));
        failures.Should().Contain(f => f.Contains("is a directory"));
        failures.Should().Contain(f => f.Contains("MaxRequestBodySize") && f.Contains('0'));
        failures.Should().Contain(f => f.Contains("MaxQueryLength") && f.Contains("-1"));
        failures.Should().Contain(f => f.Contains("MaxResults"));
        failures.Should().Contain(f => f.Contains("EntriesMaxAge"));
    }

    [Fact]
    public async Task The_limits_and_cache_lifetime_are_the_options()
    {
        using var factory = new GlossaryApiFactory { Configure = o => { o.MaxQueryLength = 3; o.EntriesMaxAge = TimeSpan.FromHours(1); } };
        var client = factory.CreateClient();

        (await client.GetAsync("/api/lookup?q=abcd")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/entries")).Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Null_services_are_refused()
    {
        var add = () => GlossaryServiceCollectionExtensions.AddGlossary(null!);

        add.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
