using System;
using System.Collections.Generic;
using Huli.Glossary.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huli.Glossary;

/// <summary>Maps the glossary's HTTP API into an ASP.NET Core app.</summary>
public static class GlossaryEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the glossary's HTTP API under <paramref name="prefix"/>: <c>GET entries</c>, <c>GET entries/{number}</c>,
    /// <c>GET lookup?q=</c>, <c>GET search?q=&amp;limit=</c>, <c>GET suggest?q=&amp;limit=</c> and <c>POST annotate</c>.
    /// Answers are JSON in the shape of glossary.json and the CLI's <c>--json</c>; errors are problem details
    /// (RFC 9457) whose detail says what to change, never an exception's text.
    /// </summary>
    /// <param name="endpoints">The app (or a route group); not null. Its services need <see cref="GlossaryServiceCollectionExtensions.AddGlossary"/>.</param>
    /// <param name="prefix">The route prefix, such as <c>/api</c>; not null, empty for the root.</param>
    /// <returns>The group of the API's endpoints, to add authorization, rate limiting or CORS to them all.</returns>
    /// <remarks>The endpoints are tagged "glossary" and named (<c>glossaryLookup</c>…), so an OpenAPI document describes them.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
    /// <example><c>app.MapGlossaryApi("/api");</c> then <c>GET /api/lookup?q=六统一</c></example>
    public static RouteGroupBuilder MapGlossaryApi(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var api = endpoints.MapGroup(prefix).WithTags("glossary");
        api.AddEndpointFilter(UnexpectedErrors.Filter);

        api.MapGet("/entries", (HttpContext context, GlossaryApiResponses responses) => GlossaryApi.Entries(context, responses))
            .WithName("glossaryEntries")
            .WithSummary("Every entry, as the \"entries\" array of glossary.json.")
            .Produces<IReadOnlyList<GlossaryEntry>>(StatusCodes.Status200OK, GlossaryApi.Json)
            .Produces(StatusCodes.Status304NotModified);

        api.MapGet("/entries/{number}", (HttpContext context, GlossaryApiResponses responses, string number) => GlossaryApi.Entry(context, responses, number))
            .WithName("glossaryEntry")
            .WithSummary("One entry by its footnote number, as its object in glossary.json.")
            .Produces<GlossaryEntry>(StatusCodes.Status200OK, GlossaryApi.Json)
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status400BadRequest, contentType: Problems.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: Problems.ContentType);

        api.MapGet("/lookup", (HttpContext context, GlossaryApiResponses responses, string? q) => GlossaryApi.Lookup(context, responses, q))
            .WithName("glossaryLookup")
            .WithSummary("The entry a term names, in any spelling (六統一, “2+2+N”, 2 2 n), as its object in glossary.json.")
            .Produces<GlossaryEntry>(StatusCodes.Status200OK, GlossaryApi.Json)
            .Produces(StatusCodes.Status400BadRequest, contentType: Problems.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: Problems.ContentType);

        api.MapGet("/search", (HttpContext context, GlossaryApiResponses responses, string? q, string? limit) => GlossaryApi.Search(context, responses, q, limit))
            .WithName("glossarySearch")
            .WithSummary("The entries a query most likely means, best first: part of a term, pinyin (liu tong yi, lty), a homophone typo, a phrase holding a term. limit: 1 to MaxResults, 10 by default.")
            .Produces<IReadOnlyList<GlossarySearchResult>>(StatusCodes.Status200OK, GlossaryApi.Json)
            .Produces(StatusCodes.Status400BadRequest, contentType: Problems.ContentType);

        api.MapGet("/suggest", (HttpContext context, GlossaryApiResponses responses, string? q, string? limit) => GlossaryApi.Suggest(context, responses, q, limit))
            .WithName("glossarySuggest")
            .WithSummary("Completions of what has been typed so far, for search-as-you-type; the shape of search.")
            .Produces<IReadOnlyList<GlossarySearchResult>>(StatusCodes.Status200OK, GlossaryApi.Json)
            .Produces(StatusCodes.Status400BadRequest, contentType: Problems.ContentType);

        api.MapPost("/annotate", (HttpContext context, GlossaryApiResponses responses, string? format) => AnnotateEndpoint.Handle(context, responses, format))
            .WithName("glossaryAnnotate")
            .WithSummary("The body annotated: text/plain, text/html or text/markdown in UTF-8; format json|html|markdown|text, the body's own kind by default. Text streams.")
            // No Accepts metadata: routing would answer another Content-Type with an empty 415 before the handler
            // could say in a problem what to send. The summary names the types.
            .Produces<string>(StatusCodes.Status200OK, "text/plain", "text/html", "text/markdown", GlossaryApi.Json)
            .Produces(StatusCodes.Status400BadRequest, contentType: Problems.ContentType)
            .Produces(StatusCodes.Status413PayloadTooLarge, contentType: Problems.ContentType)
            .Produces(StatusCodes.Status415UnsupportedMediaType, contentType: Problems.ContentType);

        return api;
    }
}
