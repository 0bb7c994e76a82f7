using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Huli.Glossary.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Huli.Glossary.Api;

/// <summary>
/// <c>POST annotate[?format=json|html|markdown|text]</c>: the body (text/plain, text/html or text/markdown, UTF-8)
/// annotated. Text streams through the core's AnnotateAsync in constant memory, the answer starting before the body
/// has all arrived; an HTML or Markdown document is parsed whole, so it is read whole, never more than the body limit.
/// </summary>
internal static class AnnotateEndpoint
{
    private enum Kind
    {
        Text,
        Html,
        Markdown,
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task Handle(HttpContext context, GlossaryApiResponses api, string? format)
    {
        var request = context.Request;
        if (BodyKind(request.ContentType) is not { } kind)
        {
            await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, request.ContentType is null
                ? "Say what the body is with Content-Type: text/plain, text/html or text/markdown (UTF-8)."
                : $"The body's Content-Type is '{Shorten(request.ContentType)}'; send text/plain, text/html or text/markdown, in UTF-8.").ConfigureAwait(false);
            return;
        }

        if (OutputFormat(kind, format) is not { } output)
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, FormatProblem(kind, format!)).ConfigureAwait(false);
            return;
        }

        var limit = api.Options.MaxRequestBodySize;
        if (request.ContentLength > limit)
        {
            await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, BodyLimits.TooLarge(limit)).ConfigureAwait(false);
            return;
        }

        // The server's own limit too (Kestrel's, when it can still be set), so that it stops reading at the same size.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = limit;
        }

        var body = new LimitedStream(request.Body, limit);
        var response = context.Response;
        response.ContentType = ContentType(output);
        // An annotation answers one body; nothing to reuse.
        response.Headers.CacheControl = "no-store";
        try
        {
            if (kind == Kind.Text)
            {
                var options = Options(api.Options.Annotation, output);
                await api.Glossary.AnnotateAsync(body, response.Body, options, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            var document = await ReadWholeAsync(body, context).ConfigureAwait(false);
            await WriteDocumentAsync(context, api, kind, output, document).ConfigureAwait(false);
        }
        catch (BodyTooLargeException) when (!response.HasStarted)
        {
            response.Clear();
            await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, BodyLimits.TooLarge(limit)).ConfigureAwait(false);
        }
        catch (BodyTooLargeException)
        {
            // Part of the annotation is sent already: an aborted connection is how the client learns it is incomplete.
            context.Abort();
        }
        catch (MarkdownNestingException) when (!response.HasStarted)
        {
            response.Clear();
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest,
                "The Markdown nests deeper than can be parsed (lists or quotes inside each other hundreds of levels deep); flatten it.").ConfigureAwait(false);
        }
    }

    private static async Task WriteDocumentAsync(HttpContext context, GlossaryApiResponses api, Kind kind, AnnotationFormat output, string document)
    {
        var defaults = api.Options.Annotation;
        var response = context.Response;
        if (output == AnnotationFormat.Json)
        {
            var matches = kind == Kind.Html
                ? api.Glossary.ScanHtml(document, HtmlOptions(defaults))
                : api.Glossary.ScanMarkdown(document, MarkdownOptions(defaults));
            // Buffered, not written to the body synchronously: the server allows only asynchronous writes.
            response.BodyWriter.Write(MatchJson.Of(document, matches, defaults).Written);
            // Ended by a newline as the text's JSON and the CLI's are.
            response.BodyWriter.Write("\n"u8);
            await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var annotated = kind == Kind.Html
            ? api.Glossary.AnnotateHtml(document, HtmlOptions(defaults))
            : api.Glossary.AnnotateMarkdown(document, MarkdownOptions(defaults));
        await response.WriteAsync(annotated, Utf8, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<string> ReadWholeAsync(Stream body, HttpContext context)
    {
        // As the text path reads: a byte order mark skipped, an invalid byte read as U+FFFD.
        using var reader = new StreamReader(body, Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
        return await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static AnnotationOptions Options(AnnotationOptions defaults, AnnotationFormat format) => new()
    {
        Format = format,
        Scope = defaults.Scope,
        Scan = defaults.Scan,
        Html = defaults.Html,
        Offsets = defaults.Offsets,
        IncludeDefinitions = defaults.IncludeDefinitions,
    };

    private static HtmlAnnotationOptions HtmlOptions(AnnotationOptions defaults) => new()
    {
        Scope = defaults.Scope,
        Scan = defaults.Scan,
        Output = defaults.Html,
    };

    private static MarkdownAnnotationOptions MarkdownOptions(AnnotationOptions defaults) => new()
    {
        Scope = defaults.Scope,
        Scan = defaults.Scan,
    };

    /// <summary>The body's kind from its Content-Type; null for any other type or a charset other than UTF-8.</summary>
    private static Kind? BodyKind(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return null;
        }

        if (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return type.MediaType.Value?.ToLowerInvariant() switch
        {
            "text/plain" => Kind.Text,
            "text/html" => Kind.Html,
            "text/markdown" or "text/x-markdown" => Kind.Markdown,
            _ => null,
        };
    }

    /// <summary>What to write: the format asked for, else the body's own kind; null when the body cannot be written so.</summary>
    private static AnnotationFormat? OutputFormat(Kind kind, string? format)
    {
        AnnotationFormat? asked = format?.ToLowerInvariant() switch
        {
            null => kind switch
            {
                Kind.Html => AnnotationFormat.Html,
                Kind.Markdown => AnnotationFormat.Markdown,
                _ => AnnotationFormat.Text,
            },
            "json" => AnnotationFormat.Json,
            "html" => AnnotationFormat.Html,
            "markdown" => AnnotationFormat.Markdown,
            "text" => AnnotationFormat.Text,
            _ => null,
        };
        return (kind, asked) switch
        {
            (_, null) => null,
            (Kind.Text, _) => asked,
            (_, AnnotationFormat.Json) => asked,
            (Kind.Html, AnnotationFormat.Html) => asked,
            (Kind.Markdown, AnnotationFormat.Markdown) => asked,
            _ => null,
        };
    }

    private static string FormatProblem(Kind kind, string format) => kind switch
    {
        _ when format.ToLowerInvariant() is not ("json" or "html" or "markdown" or "text") =>
            $"format must be json, html, markdown or text, found '{Shorten(format)}'.",
        Kind.Html => $"An HTML body comes back as html or json, not {format}; leave format out for html.",
        _ => $"A Markdown body comes back as markdown or json, not {format}; leave format out for markdown.",
    };

    private static string ContentType(AnnotationFormat format) => format switch
    {
        AnnotationFormat.Json => "application/json; charset=utf-8",
        AnnotationFormat.Html => "text/html; charset=utf-8",
        AnnotationFormat.Markdown => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
