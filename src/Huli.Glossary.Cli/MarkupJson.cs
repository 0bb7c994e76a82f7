using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Huli.Glossary.Cli;

/// <summary>
/// The matches of an HTML or Markdown document as JSON, in the shape <c>annotate --format json</c> gives for text:
/// <c>[{"start":…, "length":…, "number":…, "term":…, "text":…, "evidence":…, "confidence":…}]</c> (and <c>"definition"</c> when asked), offsets into
/// the document as given.
/// </summary>
internal static class MarkupJson
{
    public static void Write(Utf8JsonWriter writer, string document, IReadOnlyList<GlossaryMatch> matches, AnnotationOptions options)
    {
        writer.WriteStartArray();
        var counted = 0;
        long position = 0;
        foreach (var match in matches)
        {
            position += Count(document, counted, match.Start, options.Offsets);
            var length = Count(document, match.Start, match.End, options.Offsets);
            counted = match.Start;
            writer.WriteStartObject();
            writer.WriteNumber("start", position);
            writer.WriteNumber("length", length);
            writer.WriteNumber("number", match.Entry.Number);
            writer.WriteString("term", match.Entry.Term);
            writer.WriteString("text", document.AsSpan(match.Start, match.Length));
            // The text's JSON writes the evidence in camel case (distinctiveSpelling), as every other name.
            writer.WriteString("evidence", JsonNamingPolicy.CamelCase.ConvertName(match.Evidence.ToString()));
            writer.WriteNumber("confidence", match.Confidence);
            if (options.IncludeDefinitions)
            {
                writer.WriteString("definition", match.Entry.Definition);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The length of [start, end) in the unit asked for; a lone surrogate counts as U+FFFD would.</summary>
    private static long Count(string text, int start, int end, OffsetUnit unit)
    {
        if (unit == OffsetUnit.Utf16)
        {
            return end - start;
        }

        long count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                count += unit == OffsetUnit.Utf8 ? 4 : 1;
                i++;
            }
            else
            {
                count += unit == OffsetUnit.Utf8 ? (c < 0x80 ? 1 : c < 0x800 ? 2 : 3) : 1;
            }
        }

        return count;
    }
}
