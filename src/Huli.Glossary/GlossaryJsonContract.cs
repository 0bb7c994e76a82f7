using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Huli.Glossary.Data;

namespace Huli.Glossary;

/// <summary>
/// The one JSON shape of the library's types, for System.Text.Json and so for ASP.NET Core: an entry as its object in
/// glossary.json, a match and a search result as the command line writes them, every enum as a camelCase string.
/// Source-generated (no reflection, safe under trimming and Native AOT). Thread-safe; both members are immutable.
/// </summary>
/// <remarks>
/// <para>The objects: a <see cref="GlossaryEntry"/> (and its aliases, components, usages and match rule) is exactly its
/// object in glossary.json, with the same fields left out when empty or default, and reads back into an equal entry.
/// A <see cref="GlossaryMatch"/> is <c>{"start", "length", "number", "term", "spelling", "evidence", "confidence"}</c>
/// and a <see cref="GlossarySearchResult"/> <c>{"number", "term", "score", "kind", "matchedText", "definition"}</c>
/// (the score rounded to three decimals). <see cref="GlossaryEntryKind"/>, <see cref="GlossaryMatchMode"/>,
/// <see cref="GlossaryEvidence"/> and <see cref="GlossarySearchKind"/> are strings such as <c>"quotedOrContext"</c>.</para>
/// <para>Matches and search results are written, not read: their JSON names the entry by number and does not say which
/// glossary the number belongs to, so reading one throws <see cref="System.NotSupportedException"/>; read the number
/// and call <see cref="Glossary.TryGet(int, out GlossaryEntry)"/>.</para>
/// <para>The field names and what is left out hold whatever options the resolver is used with (a host's naming
/// policy or null handling does not change them); the encoder is the options' own, so ASP.NET Core's default escapes
/// CJK as <c>\uXXXX</c>, which is the same JSON.</para>
/// </remarks>
/// <example><c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.TypeInfoResolverChain.Insert(0, GlossaryJsonContract.TypeInfoResolver));</c></example>
public static class GlossaryJsonContract
{
    /// <summary>
    /// The contract as a resolver, to put in front of an application's own: ASP.NET Core's minimal APIs and
    /// controllers then write the library's types in this shape.
    /// </summary>
    /// <remarks>It also resolves lists of entries, matches and search results and <c>IAsyncEnumerable&lt;GlossaryMatch&gt;</c>,
    /// so an endpoint may return <see cref="Glossary.Search(string, int)"/> or
    /// <see cref="Glossary.ScanAsync(System.IO.Stream, GlossaryScanOptions, System.Threading.CancellationToken)"/>'s
    /// matches as they are.</remarks>
    /// <example><c>options.SerializerOptions.TypeInfoResolverChain.Insert(0, GlossaryJsonContract.TypeInfoResolver)</c></example>
    public static IJsonTypeInfoResolver TypeInfoResolver => GlossaryJson.Resolver;

    /// <summary>
    /// Read-only options holding the contract, with CJK written as it is (the relaxed encoder: not for pasting into
    /// HTML unencoded), for <see cref="JsonSerializer"/> called directly.
    /// </summary>
    /// <remarks>The options are read-only; copy them (<c>new JsonSerializerOptions(GlossaryJsonContract.Options)</c>)
    /// to indent or change the encoder.</remarks>
    /// <example><c>JsonSerializer.Serialize(Glossary.Default[13], GlossaryJsonContract.Options)</c> is entry 13's object in glossary.json.</example>
    public static JsonSerializerOptions Options => GlossaryJson.Options;
}
