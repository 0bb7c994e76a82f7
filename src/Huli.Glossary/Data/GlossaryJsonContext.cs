using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Huli.Glossary.Data;

/// <summary>
/// The serializer's view of glossary.json, generated at compile time from the model types themselves, so reading
/// and writing need no reflection (trimming and Native AOT keep working) and a new property is a new field.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 32)]
[JsonSerializable(typeof(GlossaryDocument))]
internal sealed partial class GlossaryJsonContext : JsonSerializerContext;

/// <summary>The metadata every read and write of glossary.json uses: the generated context's, with the defaults the
/// file leaves out.</summary>
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

    public static JsonSerializerOptions Options { get; } = new(GlossaryJsonContext.Default.Options)
    {
        TypeInfoResolver = GlossaryJsonContext.Default.WithAddedModifier(OmitDefaults),
    };

    public static JsonTypeInfo<GlossaryDocument> Document { get; } = (JsonTypeInfo<GlossaryDocument>)Options.GetTypeInfo(typeof(GlossaryDocument));

    public static JsonTypeInfo<GlossaryEntry> Entry { get; } = (JsonTypeInfo<GlossaryEntry>)Options.GetTypeInfo(typeof(GlossaryEntry));

    private static void OmitDefaults(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (OmittedDefaults.TryGetValue((type.Type, property.Name), out var written))
            {
                property.ShouldSerialize = (_, value) => value is not null && written(value);
            }
        }
    }
}
