using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Huli.Glossary.Api;

/// <summary>
/// Errors as problem details (RFC 9457, <c>application/problem+json</c>): the status's own phrase as the title (the
/// type is about:blank), a sentence a person can act on as the detail, the request's path as the instance. Written
/// here rather than through the app's JSON options, so the shape is the same in every app and under Native AOT, and so
/// no exception's text can reach a client.
/// </summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>Writes the problem; <paramref name="extend"/> adds members after the standard ones (RFC 9457, section 3.2).</summary>
    public static Task WriteAsync(HttpContext context, int status, string detail, System.Action<Utf8JsonWriter>? extend = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        // Problems are about this request only; a cache must not answer another with them.
        response.Headers.CacheControl = "no-store";
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, GlossaryApiResponses.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("title", ReasonPhrases.GetReasonPhrase(status));
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            writer.WriteString("instance", context.Request.PathBase.Add(context.Request.Path).Value);
            extend?.Invoke(writer);
            writer.WriteEndObject();
        }

        response.ContentLength = buffer.WrittenCount;
        return response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }
}
