using System;
using Huli.Glossary.Reader;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huli.Glossary;

/// <summary>Maps the reader page and the popovers' stylesheet and script into an ASP.NET Core app.</summary>
public static class GlossaryReaderEndpointRouteBuilderExtensions
{
    /// <summary>The stylesheet's file name under the prefix of <see cref="MapGlossaryAssets"/>.</summary>
    public const string CssFileName = "huli-glossary.css";

    /// <summary>The script's file name under the prefix of <see cref="MapGlossaryAssets"/>; load it with <c>type="module"</c>.</summary>
    public const string JavaScriptFileName = "huli-glossary.js";

    /// <summary>
    /// Serves <see cref="GlossaryAssets.Css"/> and <see cref="GlossaryAssets.JavaScript"/> as files at
    /// <c>{prefix}/huli-glossary.css</c> and <c>{prefix}/huli-glossary.js</c>, so the app's pages link them instead of
    /// inlining them: with an ETag (a page revalidates them and gets 304 Not Modified while they are unchanged),
    /// <c>Cache-Control: no-cache</c> and <c>X-Content-Type-Options: nosniff</c>.
    /// </summary>
    /// <param name="endpoints">The app or a route group; not null.</param>
    /// <param name="prefix">Where the two files live, such as <c>/huli-glossary</c>; not null, empty for the root.</param>
    /// <returns>The group of the two endpoints, to add conventions to them.</returns>
    /// <remarks>No-cache rather than a lifetime, since the path stays the same when a new version of the package changes the
    /// files: the browser asks each time and is answered 304 with no body while they are the same.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
    /// <example><c>app.MapGlossaryAssets("/huli-glossary");</c> then <c>&lt;link rel="stylesheet" href="/huli-glossary/huli-glossary.css"&gt;</c></example>
    public static RouteGroupBuilder MapGlossaryAssets(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var group = endpoints.MapGroup(prefix);
        MapFile(group, CssFileName, ReaderFiles.CoreCss);
        MapFile(group, JavaScriptFileName, ReaderFiles.CoreJavaScript);
        return group;
    }

    /// <summary>
    /// Serves the reader page at <paramref name="pattern"/>: paste text or HTML and read it annotated, with the
    /// popovers; browse every entry with search-as-you-type. The page calls the API that
    /// <see cref="GlossaryEndpointRouteBuilderExtensions.MapGlossaryApi"/> maps at <paramref name="apiPrefix"/>, and
    /// brings its own copy of the assets under <c>{pattern}/huli-glossary-reader/</c>.
    /// </summary>
    /// <param name="endpoints">The app or a route group; not null.</param>
    /// <param name="pattern">Where the page lives, such as <c>/</c> or <c>/reader</c>; not null.</param>
    /// <param name="apiPrefix">Where the API is mapped, such as <c>/api</c>; not null, empty for the root.</param>
    /// <returns>The group of the page's endpoints, to add authorization or other conventions to them.</returns>
    /// <remarks>
    /// The page runs no inline script and says so in its Content-Security-Policy; pasted HTML is untrusted and
    /// never runs (DESIGN.md, "The reader page"). Links in the page start with the request's path base, so the app
    /// may sit under <c>UsePathBase</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example><c>app.MapGlossaryApi("/api"); app.MapGlossaryReader("/", "/api");</c></example>
    public static RouteGroupBuilder MapGlossaryReader(this IEndpointRouteBuilder endpoints, string pattern, string apiPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(apiPrefix);
        var group = endpoints.MapGroup(pattern);
        var page = new ReaderPage(pattern, apiPrefix);
        group.MapGet("/", (RequestDelegate)page.WriteAsync).ExcludeFromDescription();
        MapFile(group, ReaderPage.AssetsFolder + "/" + CssFileName, ReaderFiles.CoreCss);
        MapFile(group, ReaderPage.AssetsFolder + "/" + JavaScriptFileName, ReaderFiles.CoreJavaScript);
        MapFile(group, ReaderPage.AssetsFolder + "/reader.css", ReaderFiles.ReaderCss);
        MapFile(group, ReaderPage.AssetsFolder + "/reader.js", ReaderFiles.ReaderJavaScript);
        return group;
    }

    private static void MapFile(RouteGroupBuilder group, string path, StaticFile file) =>
        group.MapGet("/" + path, (RequestDelegate)file.WriteAsync).ExcludeFromDescription();
}
