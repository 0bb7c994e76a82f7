using System.Collections.Generic;
using System.Text.Json;

namespace Huli.Glossary.Data;

/// <summary>Writes glossary.json's format, field for field what <see cref="GlossaryReader"/> reads.</summary>
internal static class GlossaryWriter
{
    public static void Write(Utf8JsonWriter writer, Glossary glossary)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", "./glossary.schema.json");
        WriteIfPresent(writer, "title", glossary.Title);
        WriteIfPresent(writer, "source", glossary.Source);
        WriteWords(writer, "places", glossary.Places);
        writer.WritePropertyName("entries");
        WriteEntries(writer, glossary.Entries);
        writer.WriteEndObject();
        writer.Flush();
    }

    public static void WriteEntries(Utf8JsonWriter writer, IEnumerable<GlossaryEntry> entries)
    {
        writer.WriteStartArray();
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    public static void WriteEntry(Utf8JsonWriter writer, GlossaryEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", entry.Number);
        writer.WriteString("kind", entry.Kind == GlossaryEntryKind.Note ? "note" : "term");
        writer.WriteString("term", entry.Term);
        WriteMatch(writer, entry.Match);
        WriteIfPresent(writer, "pinyin", entry.Pinyin);
        writer.WriteStartArray("aliases");
        foreach (var alias in entry.Aliases)
        {
            writer.WriteStartObject();
            writer.WriteString("text", alias.Text);
            WriteIfPresent(writer, "pinyin", alias.Pinyin);
            WriteMatch(writer, alias.Match);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("definition", entry.Definition);
        writer.WritePropertyName("components");
        WriteComponents(writer, entry.Components);
        WriteIfPresent(writer, "countNote", entry.CountNote);
        if (entry.Shared)
        {
            writer.WriteBoolean("shared", true);
        }

        writer.WriteStartArray("usages");
        foreach (var usage in entry.Usages)
        {
            writer.WriteStartObject();
            writer.WriteString("section", usage.Section);
            writer.WriteString("sentence", usage.Sentence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteComponents(Utf8JsonWriter writer, IReadOnlyList<GlossaryComponent> components)
    {
        writer.WriteStartArray();
        foreach (var component in components)
        {
            writer.WriteStartObject();
            writer.WriteString("text", component.Text);
            if (component.IsGroup)
            {
                writer.WritePropertyName("items");
                WriteComponents(writer, component.Items);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMatch(Utf8JsonWriter writer, GlossaryMatchRule rule)
    {
        // "always" is the default, so the file stays quiet about the common case.
        if (rule.Mode == GlossaryMatchMode.Always && rule.Before.Count == 0 && rule.After.Count == 0 && !rule.Generic)
        {
            return;
        }

        writer.WriteStartObject("match");
        writer.WriteString("when", rule.Mode switch
        {
            GlossaryMatchMode.QuotedOrContext => "quotedOrContext",
            GlossaryMatchMode.Never => "never",
            _ => "always",
        });
        WriteWords(writer, "before", rule.Before);
        WriteWords(writer, "after", rule.After);
        if (rule.Generic)
        {
            writer.WriteBoolean("generic", true);
        }

        writer.WriteEndObject();
    }

    private static void WriteWords(Utf8JsonWriter writer, string name, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var word in words)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
