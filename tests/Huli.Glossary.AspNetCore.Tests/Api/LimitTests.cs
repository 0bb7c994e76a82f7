using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Huli.Glossary.AspNetCore.Tests.Support;

namespace Huli.Glossary.AspNetCore.Tests.Api;

/// <summary>The request body limit of annotate, with and without a Content-Length.</summary>
public sealed class LimitTests
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("text/markdown")]
    public async Task A_body_over_the_limit_is_413_and_one_at_it_is_annotated(string contentType)
    {
        using var factory = new GlossaryApiFactory { Configure = o => o.MaxRequestBodySize = 1024 };
        var client = factory.CreateClient();

        var over = await client.PostAsync("/api/annotate", Body(1025, contentType, withLength: true));
        var at = await client.PostAsync("/api/annotate", Body(1024, contentType, withLength: true));

        (await Problem.ReadAsync(over, HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString().Should().Contain("1 KiB");
        at.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/markdown")]
    public async Task A_document_without_a_length_is_counted_as_it_arrives(string contentType)
    {
        using var factory = new GlossaryApiFactory { Configure = o => o.MaxRequestBodySize = 1024 };

        var response = await factory.CreateClient().PostAsync("/api/annotate", Body(5000, contentType, withLength: false));

        await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_default_limit_is_16_mib()
    {
        using var factory = new GlossaryApiFactory();

        var response = await factory.CreateClient().PostAsync("/api/annotate", Body(16 * 1024 * 1024 + 1, "text/plain", withLength: true));

        (await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString().Should().Contain("16 MiB");
    }

    /// <summary>ASCII text of the given size in bytes, as one block or streamed without a Content-Length.</summary>
    private static HttpContent Body(int bytes, string contentType, bool withLength)
    {
        var data = Encoding.ASCII.GetBytes(new string('a', bytes));
        HttpContent content = withLength ? new ByteArrayContent(data) : new StreamContent(new UnknownLengthStream(data));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private sealed class UnknownLengthStream(byte[] data) : System.IO.MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
