using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Huli.Glossary.AspNetCore.Tests.Support;

namespace Huli.Glossary.AspNetCore.Tests.Api;

/// <summary><c>GET /api/lookup?q=</c>.</summary>
public sealed class LookupEndpointTests(GlossaryApiFactory factory) : IClassFixture<GlossaryApiFactory>
{
    [Theory]
    [InlineData("六统一", 13)]
    [InlineData("六統一", 13)]
    [InlineData("“2+2+N”", 10)]
    [InlineData("2 2 n", 10)]
    [InlineData("七办联动", 28)]
    public async Task A_term_in_any_spelling_gives_its_entry(string q, int number)
    {
        var response = await factory.CreateClient().GetAsync($"/api/lookup?q={Uri.EscapeDataString(q)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        entry.GetProperty("number").GetInt32().Should().Be(number);
        entry.GetProperty("term").GetString().Should().Be(Glossary.Default[number].Term);
    }

    [Fact]
    public async Task A_lookup_answers_with_the_entrys_own_etag()
    {
        var client = factory.CreateClient();

        var byLookup = await client.GetAsync("/api/lookup?q=%E5%85%AD%E7%BB%9F%E4%B8%80");
        var byNumber = await client.GetAsync("/api/entries/13");

        byLookup.Headers.ETag.Should().Be(byNumber.Headers.ETag);
        (await byLookup.Content.ReadAsStringAsync()).Should().Be(await byNumber.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_term_is_404_naming_the_closest_terms()
    {
        var response = await factory.CreateClient().GetAsync($"/api/lookup?q={Uri.EscapeDataString("六统二")}");

        var problem = await Problem.ReadAsync(response, HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Contain("六统二").And.Contain("六统一 (13)");
        problem.GetProperty("closest").EnumerateArray().Select(e => e.GetProperty("number").GetInt32()).Should().Contain(13);
    }

    [Theory]
    [InlineData("/api/lookup")]
    [InlineData("/api/lookup?q=")]
    [InlineData("/api/lookup?q=%20%20")]
    public async Task A_missing_query_is_400(string path)
    {
        var problem = await Problem.ReadAsync(await factory.CreateClient().GetAsync(path), HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString().Should().Contain("?q=");
    }

    [Fact]
    public async Task A_query_over_the_limit_is_400_and_one_at_it_is_answered()
    {
        var client = factory.CreateClient();

        var over = await client.GetAsync("/api/lookup?q=" + new string('a', 257));
        var at = await client.GetAsync("/api/lookup?q=" + new string('a', 256));

        (await Problem.ReadAsync(over, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Contain("257").And.Contain("256");
        at.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_failure_nobody_expected_is_500_without_its_text()
    {
        var response = await factory.CreateClient().GetAsync("/api/test-failure");

        var problem = await Problem.ReadAsync(response, HttpStatusCode.InternalServerError);
        problem.ToString().Should().NotContain("secret").And.NotContain("srv");
    }
}
