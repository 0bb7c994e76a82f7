using System;
using System.Collections.Generic;

namespace Huli.Glossary;

/// <summary>
/// How <see cref="GlossaryServiceCollectionExtensions.AddGlossary"/> sets up the glossary an app serves: which glossary,
/// which files are merged into it, how annotation behaves by default, and the limits of the HTTP API.
/// </summary>
/// <remarks>
/// An options object in the ASP.NET Core sense: set in the <c>AddGlossary(o =&gt; …)</c> callback, then validated once
/// when the host starts (an invalid value stops the start with a message naming the option) and read, never changed,
/// while requests are served. Not thread-safe while it is being configured; nothing changes it afterwards.
/// </remarks>
/// <example><c>services.AddGlossary(o =&gt; o.Files.Add("siming.json"))</c></example>
public sealed class GlossaryServiceOptions
{
    /// <summary>The default request body limit of <c>POST annotate</c>: 16 MiB.</summary>
    public const long DefaultMaxRequestBodySize = 16 * 1024 * 1024;

    /// <summary>The glossary the files are merged into; <see cref="Glossary.Default"/> (the report's 39 entries) unless set.</summary>
    /// <remarks>Set it to a glossary of your own to serve only that; set it and add files to serve yours merged with theirs.</remarks>
    public Glossary Glossary { get; set; } = Glossary.Default;

    /// <summary>
    /// Glossary files (the format of glossary.json) merged into <see cref="Glossary"/> in order at start-up, as
    /// <see cref="Glossary.With"/> does: an entry whose number is already there replaces it, the last file's title,
    /// source and places win. Empty by default. A missing or broken file stops the start, naming the file and every problem.
    /// </summary>
    public IList<string> Files { get; } = new List<string>();

    /// <summary>
    /// The annotation defaults of <c>POST annotate</c> and the tag helper: scope, scan policy (minimum confidence, the
    /// document being about the glossary's place) and HTML output. <see cref="AnnotationOptions.Default"/> unless set;
    /// its <see cref="AnnotationOptions.Format"/> is ignored, since each request says its format.
    /// </summary>
    public AnnotationOptions Annotation { get; set; } = AnnotationOptions.Default;

    /// <summary>
    /// The largest request body <c>POST annotate</c> accepts, in bytes; a larger one gets 413. 16 MiB by default;
    /// must be positive. HTML and Markdown bodies are parsed whole, so this also bounds the memory one request takes.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>The longest query (<c>q</c>) <c>lookup</c>, <c>search</c> and <c>suggest</c> accept, in characters; a longer one gets 400. 256 by default.</summary>
    public int MaxQueryLength { get; set; } = 256;

    /// <summary>The largest <c>limit</c> <c>search</c> and <c>suggest</c> accept; a larger one gets 400. 100 by default.</summary>
    public int MaxResults { get; set; } = 100;

    /// <summary>
    /// How long clients and proxies may keep the entries without asking again (the <c>max-age</c> of their
    /// Cache-Control); after that they revalidate with the ETag and get 304 while the glossary is unchanged. 5 minutes by default.
    /// </summary>
    public TimeSpan EntriesMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
