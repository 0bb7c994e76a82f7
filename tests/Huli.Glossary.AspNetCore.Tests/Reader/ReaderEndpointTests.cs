using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Huli.Glossary.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Huli.Glossary.AspNetCore.Tests.Reader;

/// <summary>The reader page and the assets over HTTP: headers, caching, and links that lead somewhere. The page's behaviour is checked in Chromium (Huli.Glossary.Browser.Tests).</summary>
public sealed class ReaderEndpointTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Fact]
    public async Task The_page_is_html_whose_policy_allows_no_inline_script_and_which_has_none()
    {
        var response = await factory.CreateClient().GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self';").And.Contain("style-src 'self';").And.Contain("default-src 'none';")
            .And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        var page = await response.Content.ReadAsStringAsync();
        Regex.Matches(page, "<script(?![^>]*\\ssrc=)").Should().BeEmpty("every script is a file the policy allows");
        Regex.Matches(page, "\\s(on[a-z]+|style)=").Should().BeEmpty("no handler or style attribute, which the policy would block");
    }

    [Fact]
    public async Task Every_file_the_page_links_is_served_with_its_type()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/");
        var links = Regex.Matches(page, "(?:href|src)=\"(/[^\"]*)\"").Select(match => match.Groups[1].Value).Distinct().ToArray();

        links.Should().BeEquivalentTo("/huli-glossary-reader/huli-glossary.css", "/huli-glossary-reader/reader.css",
            "/huli-glossary-reader/huli-glossary.js", "/huli-glossary-reader/reader.js", "/api/entries");
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            response.StatusCode.Should().Be(HttpStatusCode.OK, link);
            response.Content.Headers.ContentType!.MediaType.Should().Be(
                link.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : link.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "application/json", link);
        }

        page.Should().Contain("data-api=\"/api/\"");
    }

    [Theory]
    [InlineData("/huli-glossary/huli-glossary.css")]
    [InlineData("/huli-glossary/huli-glossary.js")]
    [InlineData("/huli-glossary-reader/reader.js")]
    [InlineData("/")]
    public async Task A_file_the_browser_has_is_answered_304_without_a_body(string path)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(path);
        var tag = first.Headers.ETag;
        tag.Should().NotBeNull();
        tag!.IsWeak.Should().BeFalse();
        first.Headers.CacheControl!.NoCache.Should().BeTrue("the path stays when a new version changes the file, so the browser asks each time");

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(tag);
        var second = await client.SendAsync(again);
        using var changed = new HttpRequestMessage(HttpMethod.Get, path);
        changed.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"another\""));
        var third = await client.SendAsync(changed);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        third.StatusCode.Should().Be(HttpStatusCode.OK);
        (await third.Content.ReadAsByteArrayAsync()).Should().Equal(await first.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/huli-glossary/huli-glossary.css")]
    [InlineData("/huli-glossary/huli-glossary.js")]
    public async Task The_assets_are_the_cores_as_they_are(string path)
    {
        var body = await factory.CreateClient().GetByteArrayAsync(path);

        Encoding.UTF8.GetString(body).Should().Be(path.EndsWith(".css", StringComparison.Ordinal) ? GlossaryAssets.Css : GlossaryAssets.JavaScript);
    }

    [Fact]
    public async Task Under_a_path_base_and_other_prefixes_the_page_links_where_its_files_are()
    {
        using var app = new ReaderAppFactory { PathBase = "/district", ReaderPattern = "/reader", ApiPrefix = "/v1/glossary" };
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/district/reader");

        page.Should().Contain("data-api=\"/district/v1/glossary/\"");
        foreach (var link in Regex.Matches(page, "(?:href|src)=\"(/[^\"]*)\"").Select(match => match.Groups[1].Value).Distinct())
        {
            link.Should().StartWith("/district/");
            (await client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK, link);
        }
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var builder = WebApplication.CreateSlimBuilder();
        using var app = builder.Build();

        FluentActions.Invoking(() => app.MapGlossaryReader(null!, "/api")).Should().Throw<ArgumentNullException>().WithParameterName("pattern");
        FluentActions.Invoking(() => app.MapGlossaryReader("/", null!)).Should().Throw<ArgumentNullException>().WithParameterName("apiPrefix");
        FluentActions.Invoking(() => app.MapGlossaryAssets(null!)).Should().Throw<ArgumentNullException>().WithParameterName("prefix");
        FluentActions.Invoking(() => ((IEndpointRouteBuilder)null!).MapGlossaryAssets("/x")).Should().Throw<ArgumentNullException>().WithParameterName("endpoints");
    }
}
