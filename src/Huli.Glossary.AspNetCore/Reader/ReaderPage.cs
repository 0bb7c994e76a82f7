using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Huli.Glossary.Reader;

/// <summary>The reader page: its template with the app's paths put in, and the headers that keep pasted HTML harmless.</summary>
internal sealed class ReaderPage(string pattern, string apiPrefix)
{
    /// <summary>The folder under the page's path that holds its stylesheets and scripts.</summary>
    public const string AssetsFolder = "huli-glossary-reader";

    /// <summary>
    /// Scripts and styles only from the app's own files (no inline script, no handler attribute, no style
    /// attribute); data only from the app; no plugin, no form posting elsewhere, no framing by other sites. A
    /// pasted document that got past the sanitizer could still not run anything or load anything from elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly string page = Slash(pattern);
    private readonly string api = Slash(apiPrefix);

    public Task WriteAsync(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var html = ReaderFiles.PageTemplate
            .Replace("{assets}", WebUtility.HtmlEncode(pathBase + page + AssetsFolder + "/"), System.StringComparison.Ordinal)
            .Replace("{api}", WebUtility.HtmlEncode(pathBase + api), System.StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(html);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return StaticFile.WriteAsync(context, bytes, "text/html; charset=utf-8", StaticFile.TagOf(bytes));
    }

    /// <summary>A route prefix as the start of a path: "/api" and "/api/" become "/api/", "" and "/" become "/".</summary>
    private static string Slash(string prefix)
    {
        var trimmed = prefix.Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
