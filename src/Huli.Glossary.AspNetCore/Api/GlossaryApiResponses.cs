using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace Huli.Glossary.Api;

/// <summary>
/// The entries as the API sends them, serialized once: the glossary never changes while the app runs, so each
/// response is bytes and a strong ETag computed at start-up, and a conditional request costs a string comparison.
/// </summary>
internal sealed class GlossaryApiResponses
{
    /// <summary>CJK as it is, like the CLI's JSON: the responses are application/json, never inlined into a page by us.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Search and suggest results in the contract's shape, CJK as it is.</summary>
    public static readonly JsonTypeInfo<IReadOnlyList<GlossarySearchResult>> ResultsType =
        (JsonTypeInfo<IReadOnlyList<GlossarySearchResult>>)GlossaryJsonContract.Options.GetTypeInfo(typeof(IReadOnlyList<GlossarySearchResult>));

    public GlossaryApiResponses(Glossary glossary, IOptions<GlossaryServiceOptions> options)
    {
        Glossary = glossary;
        Options = options.Value;
        CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={(long)Options.EntriesMaxAge.TotalSeconds}");
        All = Serialize(glossary.Entries);
        ByNumber = glossary.Entries.ToFrozenDictionary(entry => entry.Number, entry => Serialize(entry));
    }

    public Glossary Glossary { get; }

    public GlossaryServiceOptions Options { get; }

    /// <summary>The Cache-Control of the entries: public, for <see cref="GlossaryServiceOptions.EntriesMaxAge"/>.</summary>
    public string CacheControl { get; }

    /// <summary>Every entry, as the array of glossary.json's "entries".</summary>
    public JsonResponse All { get; }

    /// <summary>Each entry by its number, as its object in glossary.json.</summary>
    public IReadOnlyDictionary<int, JsonResponse> ByNumber { get; }

    private static JsonResponse Serialize<T>(T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)GlossaryJsonContract.Options.GetTypeInfo(typeof(T)));
        // A strong validator: the same bytes, the same tag, in every process serving the same glossary.
        var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
        return new JsonResponse(bytes, tag);
    }
}

/// <summary>A JSON body serialized once, with its strong entity tag (quotes included).</summary>
internal sealed record JsonResponse(byte[] Body, string ETag);
