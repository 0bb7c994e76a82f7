using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Huli.Glossary.Reader;

/// <summary>A text served from memory with a strong ETag: a browser that has it gets 304 and no body.</summary>
internal sealed class StaticFile
{
    private readonly byte[] bytes;
    private readonly string contentType;

    public StaticFile(string text, string contentType)
    {
        bytes = Encoding.UTF8.GetBytes(text);
        this.contentType = contentType;
        ETag = TagOf(bytes);
    }

    public EntityTagHeaderValue ETag { get; }

    public static EntityTagHeaderValue TagOf(byte[] content) =>
        new("\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16)) + "\"");

    public Task WriteAsync(HttpContext context) => WriteAsync(context, bytes, contentType, ETag);

    public static Task WriteAsync(HttpContext context, byte[] content, string contentType, EntityTagHeaderValue tag)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = tag.ToString();
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        foreach (var candidate in ifNoneMatch)
        {
            if (candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }

        response.ContentType = contentType;
        response.ContentLength = content.Length;
        return response.Body.WriteAsync(content, context.RequestAborted).AsTask();
    }
}
