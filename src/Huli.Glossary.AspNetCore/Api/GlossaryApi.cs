using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Huli.Glossary.Api;

/// <summary>The handlers of the endpoints <see cref="GlossaryEndpointRouteBuilderExtensions.MapGlossaryApi"/> maps.</summary>
internal static class GlossaryApi
{
    public const string Json = "application/json";

    /// <summary><c>GET entries</c>: every entry, as the "entries" array of glossary.json.</summary>
    public static Task Entries(HttpContext context, GlossaryApiResponses api) => WriteCachedAsync(context, api, api.All);

    /// <summary><c>GET entries/{number}</c>: one entry as its glossary.json object; 400 for a number that is not one, 404 for one no entry has.</summary>
    public static Task Entry(HttpContext context, GlossaryApiResponses api, string number)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return Problems.WriteAsync(context, StatusCodes.Status400BadRequest,
                $"'{Shorten(number)}' is not an entry number; entry numbers are whole numbers from 1 (GET entries lists them).");
        }

        return api.ByNumber.TryGetValue(value, out var entry)
            ? WriteCachedAsync(context, api, entry)
            : Problems.WriteAsync(context, StatusCodes.Status404NotFound, $"The glossary has no entry {value}; GET entries lists them.");
    }

    /// <summary><c>GET lookup?q=</c>: the entry a term names in any spelling, as its glossary.json object; 404 names the closest terms.</summary>
    public static Task Lookup(HttpContext context, GlossaryApiResponses api, string? q)
    {
        if (QueryProblem(api, q) is { } problem)
        {
            return Problems.WriteAsync(context, StatusCodes.Status400BadRequest, problem);
        }

        var term = q!;
        if (api.Glossary.TryGet(term, out var found))
        {
            return WriteCachedAsync(context, api, api.ByNumber[found.Number]);
        }

        var closest = api.Glossary.Closest(term);
        var detail = closest.Count == 0
            ? $"No entry is spelled '{term}'; try GET search?q= for part of a term, pinyin or a typo."
            : $"No entry is spelled '{term}'. Did you mean {string.Join(", ", System.Linq.Enumerable.Select(closest, e => $"{e.Term} ({e.Number})"))}?";
        return Problems.WriteAsync(context, StatusCodes.Status404NotFound, detail, writer =>
        {
            writer.WriteStartArray("closest");
            foreach (var entry in closest)
            {
                writer.WriteStartObject();
                writer.WriteNumber("number", entry.Number);
                writer.WriteString("term", entry.Term);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    /// <summary><c>GET search?q=&amp;limit=</c>: the entries a query most likely means, best first, as the CLI's <c>search --json</c>.</summary>
    public static Task Search(HttpContext context, GlossaryApiResponses api, string? q, string? limit) =>
        Results(context, api, q, limit, static (glossary, query, most) => glossary.Search(query, most));

    /// <summary><c>GET suggest?q=&amp;limit=</c>: completions of what has been typed so far, for search-as-you-type, in the shape of search.</summary>
    public static Task Suggest(HttpContext context, GlossaryApiResponses api, string? q, string? limit) =>
        Results(context, api, q, limit, static (glossary, query, most) => glossary.Suggest(query, most));

    private static Task Results(
        HttpContext context, GlossaryApiResponses api, string? q, string? limit, Func<Glossary, string, int, IReadOnlyList<GlossarySearchResult>> find)
    {
        if (QueryProblem(api, q) is { } problem)
        {
            return Problems.WriteAsync(context, StatusCodes.Status400BadRequest, problem);
        }

        var most = 10;
        if (limit is not null
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out most) || most < 1 || most > api.Options.MaxResults))
        {
            return Problems.WriteAsync(context, StatusCodes.Status400BadRequest,
                $"limit must be a whole number from 1 to {api.Options.MaxResults}, found '{Shorten(limit)}'.");
        }

        var results = find(api.Glossary, q!, Math.Min(most, api.Options.MaxResults));
        context.Response.ContentType = Json;
        return JsonSerializer.SerializeAsync(context.Response.Body, results, GlossaryApiResponses.ResultsType, context.RequestAborted);
    }

    /// <summary>
    /// What is wrong with the query parameter <c>q</c>, or null when it is usable. Checked before anything reads the
    /// query, so a long one costs nothing but its length.
    /// </summary>
    private static string? QueryProblem(GlossaryApiResponses api, string? q) =>
        string.IsNullOrWhiteSpace(q) ? "Give the query as q, as in ?q=六统一."
        : q.Length > api.Options.MaxQueryLength
            ? $"The query is {q.Length} characters long; the most this API accepts is {api.Options.MaxQueryLength}. For a whole text, POST it to annotate."
            : null;

    /// <summary>Writes serialized entries with their ETag and Cache-Control, or 304 when the client has them already.</summary>
    private static Task WriteCachedAsync(HttpContext context, GlossaryApiResponses api, JsonResponse body)
    {
        var response = context.Response;
        response.Headers.ETag = body.ETag;
        response.Headers.CacheControl = api.CacheControl;
        if (Matches(context.Request.Headers.IfNoneMatch, body.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = Json;
        response.ContentLength = body.Body.Length;
        return response.Body.WriteAsync(body.Body, context.RequestAborted).AsTask();
    }

    /// <summary>If-None-Match by weak comparison (RFC 9110, 13.1.2): any listed tag, weak or strong, or *.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
