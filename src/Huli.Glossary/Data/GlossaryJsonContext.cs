using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Huli.Glossary.Data;

/// <summary>
/// The serializer's view of glossary.json and of the library's results, generated at compile time from the types
/// themselves, so reading and writing need no reflection (trimming and Native AOT keep working) and a new property is
/// a new field. Matches and search results write through their own converters (<see cref="ResultConverters"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 32)]
[JsonSerializable(typeof(GlossaryDocument))]
[JsonSerializable(typeof(IReadOnlyList<GlossaryEntry>))]
[JsonSerializable(typeof(GlossaryEntry[]))]
[JsonSerializable(typeof(GlossaryMatch))]
[JsonSerializable(typeof(IReadOnlyList<GlossaryMatch>))]
[JsonSerializable(typeof(IEnumerable<GlossaryMatch>))]
[JsonSerializable(typeof(IAsyncEnumerable<GlossaryMatch>))]
[JsonSerializable(typeof(GlossarySearchResult))]
[JsonSerializable(typeof(IReadOnlyList<GlossarySearchResult>))]
[JsonSerializable(typeof(GlossaryEvidence))]
[JsonSerializable(typeof(GlossarySearchKind))]
internal sealed partial class GlossaryJsonContext : JsonSerializerContext;

/// <summary>
/// The contract every read and write of the library's JSON uses: the generated context's metadata with the defaults
/// glossary.json leaves out, made to hold whatever options a host brings (its naming policy, its null handling).
/// </summary>
internal static class GlossaryJson
{
    /// <summary>
    /// Fields the file leaves out when they hold their default, beyond the nulls every field leaves out. The shipped
    /// glossary.json writes empty aliases, components and usages but no empty items, before, after or places, no match
    /// rule of "always" and no false generic or shared, and writing it must give it back byte for byte.
    /// </summary>
    private static readonly Dictionary<(Type, string), Func<object, bool>> OmittedDefaults = new()
    {
        [(typeof(GlossaryEntry), "match")] = rule => !((GlossaryMatchRule)rule).IsDefault,
        [(typeof(GlossaryAlias), "match")] = rule => !((GlossaryMatchRule)rule).IsDefault,
        [(typeof(GlossaryMatchRule), "before")] = words => ((IReadOnlyList<string>)words).Count > 0,
        [(typeof(GlossaryMatchRule), "after")] = words => ((IReadOnlyList<string>)words).Count > 0,
        [(typeof(GlossaryComponent), "items")] = items => ((IReadOnlyList<GlossaryComponent>)items).Count > 0,
        [(typeof(GlossaryMatchRule), "generic")] = generic => (bool)generic,
        [(typeof(GlossaryEntry), "shared")] = shared => (bool)shared,
        [(typeof(GlossaryDocument), "places")] = places => ((IReadOnlyList<string>)places).Count > 0,
    };

    public static IJsonTypeInfoResolver Resolver { get; } = GlossaryJsonContext.Default.WithAddedModifier(HoldToContract);

    public static JsonSerializerOptions Options { get; } = ReadOnly(new(GlossaryJsonContext.Default.Options)
    {
        TypeInfoResolver = Resolver,

        // CJK stays readable, as in glossary.json and the command line's output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonTypeInfo<GlossaryDocument> Document { get; } = (JsonTypeInfo<GlossaryDocument>)Options.GetTypeInfo(typeof(GlossaryDocument));

    public static JsonTypeInfo<GlossaryEntry> Entry { get; } = (JsonTypeInfo<GlossaryEntry>)Options.GetTypeInfo(typeof(GlossaryEntry));

    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Gives an object type the contract's field names and leaves out what glossary.json leaves out, whatever options
    /// the metadata is made for: ASP.NET Core's have no null handling and a host may name properties in snake_case.
    /// </summary>
    private static void HoldToContract(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // The context's own metadata carries the names the contract gives; the generator lists properties in one order.
        var contract = GlossaryJsonContext.Default.GetTypeInfo(type.Type)!;
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            property.Name = contract.Properties[i].Name;
            property.ShouldSerialize = OmittedDefaults.TryGetValue((type.Type, property.Name), out var written)
                ? (_, value) => value is not null && written(value)
                : static (_, value) => value is not null;
        }
    }
}
