using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Huli.Glossary.AspNetCore.Tests.Support;

namespace Huli.Glossary.AspNetCore.Tests.Api;

/// <summary><c>POST /api/annotate</c>: text, HTML and Markdown bodies, each format, and every refusal.</summary>
public sealed class AnnotateEndpointTests(GlossaryApiFactory factory) : IClassFixture<GlossaryApiFactory>
{
    private const string Text = "推行散租统管“六统一”模式，优化“七办”联动机制。";

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("markdown")]
    [InlineData("json")]
    public async Task Text_comes_back_as_the_library_annotates_it(string format)
    {
        var response = await Post(Text, "text/plain", $"?format={format}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var expected = Glossary.Default.Annotate(Text, new AnnotationOptions { Format = Enum.Parse<AnnotationFormat>(format, ignoreCase: true) });
        (await response.Content.ReadAsStringAsync()).Should().Be(expected);
    }

    [Theory]
    [InlineData("text/plain", "text/plain")]
    [InlineData("text/plain; charset=utf-8", "text/plain")]
    [InlineData("text/html", "text/html")]
    [InlineData("text/markdown", "text/markdown")]
    [InlineData("text/x-markdown; charset=UTF-8", "text/markdown")]
    public async Task Without_a_format_the_answer_is_the_bodys_own_kind(string contentType, string answered)
    {
        var response = await Post("<p>推行“六统一”</p>", contentType);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(answered);
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
    }

    [Fact]
    public async Task Json_format_is_application_json_with_the_matches()
    {
        var response = await Post(Text, "text/plain", "?format=json");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var matches = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        matches.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()).Should().Equal(13, 28);
    }

    [Fact]
    public async Task An_html_page_comes_back_as_the_html_package_annotates_it()
    {
        const string page = "<!DOCTYPE html><html><body><p class=x>推行“六统一”模式</p><code>六统一</code></body></html>";

        var response = await Post(page, "text/html");

        (await response.Content.ReadAsStringAsync()).Should().Be(Glossary.Default.AnnotateHtml(page));
    }

    [Fact]
    public async Task A_markdown_file_comes_back_as_the_markdown_package_annotates_it()
    {
        const string markdown = "# 标题\n\n推行“六统一”模式，`六统一` 不算。\n";

        var response = await Post(markdown, "text/markdown");

        (await response.Content.ReadAsStringAsync()).Should().Be(Glossary.Default.AnnotateMarkdown(markdown));
    }

    [Theory]
    [InlineData("text/html", "<p>推行“六统一”</p>")]
    [InlineData("text/markdown", "推行 **“六统一”**")]
    public async Task A_document_as_json_gives_offsets_into_the_document_as_sent(string contentType, string document)
    {
        var matches = JsonDocument.Parse(await (await Post(document, contentType, "?format=json")).Content.ReadAsStringAsync()).RootElement;

        var match = matches.EnumerateArray().Should().ContainSingle().Subject;
        var start = match.GetProperty("start").GetInt32();
        var length = match.GetProperty("length").GetInt32();
        document.Substring(start, length).Should().Be(match.GetProperty("text").GetString());
        match.GetProperty("number").GetInt32().Should().Be(13);
        match.GetProperty("evidence").GetString().Should().NotBeNullOrEmpty().And.Match(e => char.IsLower(e[0]));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/markdown")]
    public async Task A_document_of_plain_prose_as_json_is_byte_for_byte_the_json_of_the_same_text(string contentType)
    {
        var asText = await (await Post(Text, "text/plain", "?format=json")).Content.ReadAsStringAsync();
        var asDocument = await (await Post(Text, contentType, "?format=json")).Content.ReadAsStringAsync();

        asDocument.Should().Be(asText).And.Contain("\n{\"start\":");
    }

    [Theory]
    [InlineData("text/html", "<p>推行“六统一”</p>")]
    [InlineData("text/markdown", "推行 **“六统一”**")]
    public async Task A_documents_json_follows_the_defaults_offset_unit_and_definitions(string contentType, string document)
    {
        using var bytes = new GlossaryApiFactory { Configure = o => o.Annotation = new AnnotationOptions { Offsets = OffsetUnit.Utf8, IncludeDefinitions = true } };
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(document));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await bytes.CreateClient().PostAsync("/api/annotate?format=json", content);

        var match = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Should().ContainSingle().Subject;
        var start = match.GetProperty("start").GetInt32();
        var length = match.GetProperty("length").GetInt32();
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(document), start, length).Should().Be(match.GetProperty("text").GetString());
        start.Should().BeGreaterThan(document.IndexOf('六', StringComparison.Ordinal), "UTF-8 counts three bytes for each Chinese character");
        match.GetProperty("definition").GetString().Should().Be(Glossary.Default.Entries.Single(e => e.Number == 13).Definition);
    }

    [Fact]
    public async Task An_empty_body_is_an_empty_annotation()
    {
        var response = await Post(string.Empty, "text/plain", "?format=json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Text_streams_the_answer_starts_before_the_body_ends()
    {
        // The request body is held open after its first part; the annotated first part must arrive before it closes.
        var text = new string('。', 40_000) + "推行“六统一”模式。";
        var body = new HeldOpenContent(Encoding.UTF8.GetBytes(text));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/annotate") { Content = body };
        // Without redirects: the factory's redirect handler would buffer the whole body first.
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        read.Should().BeGreaterThan(0);
        body.Finished.Should().BeFalse("the answer began while the body was still open");
        body.Finish();
        var all = new MemoryStream();
        all.Write(buffer, 0, read);
        await stream.CopyToAsync(all);
        Encoding.UTF8.GetString(all.ToArray()).Should().Be(Glossary.Default.Annotate(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("text/csv")]
    [InlineData("text/plain; charset=gb18030")]
    public async Task A_body_of_another_type_is_415(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Text));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var response = await factory.CreateClient().PostAsync("/api/annotate", content);

        (await Problem.ReadAsync(response, HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString().Should().Contain("text/plain");
    }

    [Theory]
    [InlineData("text/plain", "xml", "json, html, markdown or text")]
    [InlineData("text/html", "markdown", "html or json")]
    [InlineData("text/html", "text", "html or json")]
    [InlineData("text/markdown", "html", "markdown or json")]
    public async Task A_format_the_body_cannot_become_is_400(string contentType, string format, string named)
    {
        var response = await Post("六统一", contentType, $"?format={format}");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Contain(named);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("text/markdown")]
    public async Task Invalid_utf8_reads_as_replacement_characters_in_every_kind(string contentType)
    {
        var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("六统一"), 0xFF, .. Encoding.UTF8.GetBytes("六统一")]);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        var response = await factory.CreateClient().PostAsync("/api/annotate?format=json", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var matches = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        matches.EnumerateArray().Select(m => m.GetProperty("start").GetInt32()).Should().Equal(0, 4);
    }

    [Fact]
    public async Task Markdown_nested_too_deep_is_400_in_words()
    {
        var response = await Post(new string('>', 100_000) + " 六统一", "text/markdown");

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Contain("nests");
    }

    private Task<HttpResponseMessage> Post(string body, string contentType, string query = "")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return factory.CreateClient().PostAsync("/api/annotate" + query, content);
    }

    /// <summary>A text/plain body sent without a length: its bytes, then open until <see cref="Finish"/>.</summary>
    private sealed class HeldOpenContent : HttpContent
    {
        private readonly byte[] first;
        private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldOpenContent(byte[] first)
        {
            this.first = first;
            Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        }

        public bool Finished => finished.Task.IsCompleted;

        public void Finish() => finished.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
