using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Huli.Glossary.AspNetCore.Tests.Support;

namespace Huli.Glossary.AspNetCore.Tests.Api;

/// <summary><c>GET /api/entries</c> and <c>GET /api/entries/{number}</c>.</summary>
public sealed class EntriesEndpointTests(GlossaryApiFactory factory) : IClassFixture<GlossaryApiFactory>
{
    private static readonly JsonNode GlossaryJson = JsonNode.Parse(File.ReadAllText(Path.Combine("Data", "glossary.json")))!;

    [Fact]
    public async Task Entries_are_the_entries_array_of_glossary_json()
    {
        var response = await factory.CreateClient().GetAsync("/api/entries");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var entries = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        JsonNode.DeepEquals(entries, GlossaryJson["entries"]).Should().BeTrue("the API serves each entry as its object in glossary.json");
        entries.AsArray().Should().HaveCount(39);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(39)]
    public async Task An_entry_is_its_object_in_glossary_json(int number)
    {
        var response = await factory.CreateClient().GetAsync($"/api/entries/{number}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var expected = GlossaryJson["entries"]!.AsArray().Single(e => (int)e!["number"]! == number);
        JsonNode.DeepEquals(entry, expected).Should().BeTrue();
    }

    [Fact]
    public async Task Json_keeps_chinese_as_it_is()
    {
        var body = await factory.CreateClient().GetStringAsync("/api/entries/13");

        body.Should().Contain("\"term\":\"六统一\"");
    }

    [Theory]
    [InlineData("/api/entries")]
    [InlineData("/api/entries/13")]
    public async Task Entries_carry_an_etag_and_a_public_max_age(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        response.Headers.ETag.Should().NotBeNull();
        response.Headers.ETag!.IsWeak.Should().BeFalse();
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(System.TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("/api/entries")]
    [InlineData("/api/entries/13")]
    public async Task A_request_with_the_etag_gets_304_without_a_body(string path)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(path);

        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        second.Headers.ETag.Should().Be(first.Headers.ETag);
    }

    [Theory]
    [InlineData("\"0123\"", HttpStatusCode.OK)]
    [InlineData("*", HttpStatusCode.NotModified)]
    public async Task Another_etag_gets_the_entry_and_a_star_gets_304(string ifNoneMatch, HttpStatusCode status)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/entries/13");
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);

        var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(status);
    }

    [Fact]
    public async Task The_weak_form_of_the_etag_also_gets_304()
    {
        var client = factory.CreateClient();
        var etag = (await client.GetAsync("/api/entries/5")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/entries/5");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag, isWeak: true));

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Each_entry_has_its_own_etag()
    {
        var client = factory.CreateClient();

        var tags = await Task.WhenAll(new[] { "/api/entries", "/api/entries/1", "/api/entries/2" }
            .Select(async path => (await client.GetAsync(path)).Headers.ETag!.Tag));

        tags.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("40")]
    [InlineData("999999999")]
    public async Task A_number_no_entry_has_is_404_problem(string number)
    {
        var problem = await Problem.ReadAsync(await factory.CreateClient().GetAsync($"/api/entries/{number}"), HttpStatusCode.NotFound);

        problem.GetProperty("detail").GetString().Should().Contain($"no entry {number}");
        problem.GetProperty("instance").GetString().Should().Be($"/api/entries/{number}");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public async Task What_is_not_an_entry_number_is_400_problem(string number)
    {
        var problem = await Problem.ReadAsync(await factory.CreateClient().GetAsync($"/api/entries/{number}"), HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString().Should().Contain("not an entry number");
    }
}
