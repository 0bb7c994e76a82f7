using System.Text.Json;

namespace Huli.Glossary.Data;

/// <summary>Writes glossary.json's format through the generated context, so it is field for field what the reader reads.</summary>
internal static class GlossaryWriter
{
    /// <summary>Where the written file's <c>$schema</c> points: the schema beside it, as in the repository.</summary>
    public const string SchemaReference = "./glossary.schema.json";

    public static void Write(Utf8JsonWriter writer, Glossary glossary)
    {
        var document = new GlossaryDocument
        {
            Schema = SchemaReference,
            Title = glossary.Title,
            Source = glossary.Source,
            Places = glossary.Places,
            Entries = glossary.Entries,
        };
        JsonSerializer.Serialize(writer, document, GlossaryJson.Document);
        writer.Flush();
    }

    public static void WriteEntry(Utf8JsonWriter writer, GlossaryEntry entry) =>
        JsonSerializer.Serialize(writer, entry, GlossaryJson.Entry);
}
