using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Huli.Glossary.AspNetCore.Tests.Support;

namespace Huli.Glossary.AspNetCore.Tests.Api;

/// <summary><c>GET /api/search</c> and <c>GET /api/suggest</c>.</summary>
public sealed class SearchEndpointTests(GlossaryApiFactory factory) : IClassFixture<GlossaryApiFactory>
{
    [Theory]
    [InlineData("liu tong yi", 13)]
    [InlineData("lty", 13)]
    [InlineData("两改造", 5)]
    public async Task Search_gives_what_the_library_finds_in_the_clis_json_shape(string q, int best)
    {
        var response = await factory.CreateClient().GetAsync($"/api/search?q={Uri.EscapeDataString(q)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var expected = Glossary.Default.Search(q);
        results.GetArrayLength().Should().Be(expected.Count);
        results[0].GetProperty("number").GetInt32().Should().Be(best);
        foreach (var (result, library) in results.EnumerateArray().Zip(expected))
        {
            result.EnumerateObject().Select(p => p.Name).Should().Equal("number", "term", "score", "kind", "matchedText", "definition");
            result.GetProperty("number").GetInt32().Should().Be(library.Entry.Number);
            result.GetProperty("kind").GetString().Should().Be(JsonNamingPolicy.CamelCase.ConvertName(library.Kind.ToString()));
            result.GetProperty("score").GetDouble().Should().Be(Math.Round(library.Score, 3));
            result.GetProperty("matchedText").GetString().Should().Be(library.MatchedText);
        }
    }

    [Fact]
    public async Task Limit_caps_the_results_and_defaults_to_ten()
    {
        var client = factory.CreateClient();

        var two = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=%E6%8F%90%E5%8D%87&limit=2")).RootElement;
        var unlimited = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=%E6%8F%90%E5%8D%87")).RootElement;

        Glossary.Default.Search("提升", 10).Count.Should().BeGreaterThan(2, "the query must find more than the limit for the test to mean anything");
        two.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).Should().Equal(Glossary.Default.Search("提升", 2).Select(r => r.Entry.Number));
        two.GetArrayLength().Should().Be(2);
        unlimited.GetArrayLength().Should().Be(Glossary.Default.Search("提升", 10).Count);
    }

    [Fact]
    public async Task Nothing_found_is_an_empty_array()
    {
        var body = await factory.CreateClient().GetStringAsync("/api/search?q=zzzzqqq");

        body.Should().Be("[]");
    }

    [Fact]
    public async Task Suggest_completes_a_prefix_in_the_shape_of_search()
    {
        var results = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/suggest?q={Uri.EscapeDataString("六统")}&limit=3")).RootElement;

        var expected = Glossary.Default.Suggest("六统", 3).Select(r => r.Entry.Number);
        results.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).Should().Equal(expected);
        results[0].GetProperty("number").GetInt32().Should().Be(13);
    }

    [Theory]
    [InlineData("/api/search?q=a&limit=0", "limit")]
    [InlineData("/api/search?q=a&limit=-3", "limit")]
    [InlineData("/api/search?q=a&limit=abc", "limit")]
    [InlineData("/api/search?q=a&limit=101", "100")]
    [InlineData("/api/suggest?q=a&limit=1.5", "limit")]
    [InlineData("/api/search", "?q=")]
    [InlineData("/api/suggest?q=", "?q=")]
    public async Task Bad_parameters_are_400_saying_what_is_expected(string path, string named)
    {
        var problem = await Problem.ReadAsync(await factory.CreateClient().GetAsync(path), HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString().Should().Contain(named);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("suggest")]
    public async Task An_over_long_query_is_400(string endpoint)
    {
        var response = await factory.CreateClient().GetAsync($"/api/{endpoint}?q={new string('x', 300)}");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Contain("256");
    }
}
