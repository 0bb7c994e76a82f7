using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huli.Glossary.Data;

/// <summary>
/// A match as the command line writes a match: <c>{"start", "length", "number", "term", "spelling", "evidence",
/// "confidence"}</c>, flat, the entry named by its number and headword. Written only: the object names its entry by
/// number, and which glossary the number belongs to is not in the JSON.
/// </summary>
internal sealed class MatchJsonConverter : JsonConverter<GlossaryMatch>
{
    public override GlossaryMatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException(ResultConverters.WriteOnly("match"));

    public override void Write(Utf8JsonWriter writer, GlossaryMatch value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("length", value.Length);
        writer.WriteNumber("number", value.Entry.Number);
        writer.WriteString("term", value.Entry.Term);
        writer.WriteString("spelling", value.Spelling);
        writer.WriteString("evidence", CamelCaseNames<GlossaryEvidence>.Of(value.Evidence));
        writer.WriteNumber("confidence", value.Confidence);
        writer.WriteEndObject();
    }
}

/// <summary>
/// A search result as <c>huli-glossary search --json</c> writes one: <c>{"number", "term", "score", "kind",
/// "matchedText", "definition"}</c>. Written only, for the reason a match is.
/// </summary>
internal sealed class SearchResultJsonConverter : JsonConverter<GlossarySearchResult>
{
    public override GlossarySearchResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException(ResultConverters.WriteOnly("search result"));

    public override void Write(Utf8JsonWriter writer, GlossarySearchResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", value.Entry.Number);
        writer.WriteString("term", value.Entry.Term);

        // Three decimals: the order is what matters, and the figure should read the same on every platform.
        writer.WriteNumber("score", Math.Round(value.Score, 3));
        writer.WriteString("kind", CamelCaseNames<GlossarySearchKind>.Of(value.Kind));
        writer.WriteString("matchedText", value.MatchedText);
        writer.WriteString("definition", value.Entry.Definition);
        writer.WriteEndObject();
    }
}

/// <summary>What the result converters share.</summary>
internal static class ResultConverters
{
    public static string WriteOnly(string what) =>
        $"A {what} is written as JSON but not read back: it names its entry by number, and the JSON does not say which "
        + "glossary the number belongs to. Read it as a JsonDocument and look the number up with Glossary.TryGet.";
}
