using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Huli.Glossary.Data;

/// <summary>
/// Reads glossary.json with <see cref="Utf8JsonReader"/> directly. No reflection and no serializer
/// metadata, so trimming and Native AOT keep working; and because every token's byte offset is at
/// hand, every error can name its line, column, entry and field, which a serializer's path cannot.
/// </summary>
internal sealed class GlossaryReader
{
    /// <summary>The largest glossary accepted; the shipped one is about 60 KB.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 32 };

    /// <summary>Every field name of the format, at any level.</summary>
    private static readonly string[] FieldNames =
    [
        "$schema", "title", "source", "entries", "number", "kind", "term", "match", "pinyin", "aliases", "definition",
        "components", "countNote", "usages", "text", "when", "before", "after", "items", "section", "sentence",
        "generic", "shared", "places",
    ];

    private static readonly byte[][] FieldNamesUtf8 = Array.ConvertAll(FieldNames, System.Text.Encoding.UTF8.GetBytes);

    private readonly ReadOnlyMemory<byte> json;
    private readonly string sourceName;
    private int entryIndex = -1;
    private int? entryNumber;

    private GlossaryReader(ReadOnlyMemory<byte> json, string sourceName)
    {
        this.json = json;
        this.sourceName = sourceName;
    }

    public static Glossary Read(Stream stream, string sourceName)
    {
        var bytes = ReadAll(stream, sourceName);
        return Read(bytes, sourceName);
    }

    public static Glossary Read(ReadOnlyMemory<byte> utf8, string sourceName)
    {
        var span = utf8.Span;
        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }

        var parser = new GlossaryReader(utf8, sourceName);
        var reader = new Utf8JsonReader(utf8.Span, Options);
        var (title, source, places, entryOffsets, entries) = parser.ReadDocument(ref reader);
        return new Glossary(entries, title, source, (entry, problem) => parser.EntryError(entries, entryOffsets, entry, problem)) { Places = places };
    }

    private static ReadOnlyMemory<byte> ReadAll(Stream stream, string sourceName)
    {
        if (stream.CanSeek)
        {
            // The embedded resource and files know their length: one array of the right size, no copies.
            var remaining = stream.Length - stream.Position;
            if (remaining > MaxBytes)
            {
                throw TooLarge(sourceName);
            }

            var bytes = new byte[remaining];
            var total = 0;
            int count;
            while (total < bytes.Length && (count = stream.Read(bytes, total, bytes.Length - total)) > 0)
            {
                total += count;
            }

            return bytes.AsMemory(0, total);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge(sourceName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static GlossaryFormatException TooLarge(string sourceName) =>
        new($"{sourceName}: the glossary is larger than {MaxBytes / (1024 * 1024)} MiB; is this the right file?", 0, 0, null, null);

    private (string? Title, string? Source, IReadOnlyList<string> Places, List<long> EntryOffsets, List<GlossaryEntry> Entries) ReadDocument(ref Utf8JsonReader reader)
    {
        IReadOnlyList<string> places = Array.Empty<string>();
        Next(ref reader, null);
        Expect(ref reader, JsonTokenType.StartObject, null, "an object with an \"entries\" array");
        string? title = null;
        string? source = null;
        List<GlossaryEntry>? entries = null;
        var entryOffsets = new List<long>();
        var seen = 0UL;
        while (NextProperty(ref reader, ref seen, null) is { } name)
        {
            switch (name)
            {
                case "$schema":
                    ReadString(ref reader, name);
                    break;
                case "title":
                    title = ReadString(ref reader, name);
                    break;
                case "source":
                    source = ReadString(ref reader, name);
                    break;
                case "entries":
                    entries = ReadEntries(ref reader, entryOffsets);
                    break;
                case "places":
                    places = ReadArray(ref reader, name, ReadTextValue).AsReadOnly();
                    break;
                default:
                    throw Unknown(ref reader, name);
            }
        }

        if (entries is null)
        {
            throw Error(0, null, "the field 'entries' is missing at the top level");
        }

        try
        {
            if (reader.Read())
            {
                throw Error(reader.TokenStartIndex, null, "unexpected content after the end of the glossary");
            }
        }
        catch (JsonException exception)
        {
            throw Error(OffsetOf((int)(exception.LineNumber ?? 0), (int)(exception.BytePositionInLine ?? 0)), null, "unexpected content after the end of the glossary", exception);
        }

        return (title, source, places, entryOffsets, entries);
    }

    private List<GlossaryEntry> ReadEntries(ref Utf8JsonReader reader, List<long> entryOffsets)
    {
        var entries = new List<GlossaryEntry>();
        Next(ref reader, "entries");
        Expect(ref reader, JsonTokenType.StartArray, "entries", "an array of entries");
        while (Next(ref reader, "entries") != JsonTokenType.EndArray)
        {
            entryIndex++;
            entryNumber = null;
            entryOffsets.Add(reader.TokenStartIndex);
            entries.Add(ReadEntry(ref reader));
        }

        entryIndex = -1;
        entryNumber = null;
        return entries;
    }

    private GlossaryEntry ReadEntry(ref Utf8JsonReader reader)
    {
        var start = reader.TokenStartIndex;
        Expect(ref reader, JsonTokenType.StartObject, null, "an entry object");
        int? number = null;
        GlossaryEntryKind? kind = null;
        string? term = null;
        var match = GlossaryMatchRule.Always;
        string? pinyin = null;
        List<GlossaryAlias>? aliases = null;
        string? definition = null;
        List<GlossaryComponent>? components = null;
        string? countNote = null;
        List<GlossaryUsage>? usages = null;
        var shared = false;
        var seen = 0UL;
        while (NextProperty(ref reader, ref seen, null) is { } name)
        {
            switch (name)
            {
                case "number":
                    number = ReadNumber(ref reader, name);
                    entryNumber = number;
                    break;
                case "kind":
                    kind = ReadKind(ref reader, name);
                    break;
                case "term":
                    term = ReadText(ref reader, name);
                    break;
                case "match":
                    match = ReadMatch(ref reader, name);
                    break;
                case "pinyin":
                    pinyin = ReadPinyin(ref reader, name);
                    break;
                case "aliases":
                    aliases = ReadArray(ref reader, name, ReadAlias);
                    break;
                case "definition":
                    definition = ReadText(ref reader, name);
                    break;
                case "components":
                    components = ReadArray(ref reader, name, ReadComponent);
                    break;
                case "countNote":
                    countNote = ReadText(ref reader, name);
                    break;
                case "usages":
                    usages = ReadArray(ref reader, name, ReadUsage);
                    break;
                case "shared":
                    shared = ReadBoolean(ref reader, name);
                    break;
                default:
                    throw Unknown(ref reader, name);
            }
        }

        return new GlossaryEntry(
            number ?? throw Missing(start, "number"),
            kind ?? throw Missing(start, "kind"),
            term ?? throw Missing(start, "term"),
            match,
            aliases ?? throw Missing(start, "aliases"),
            definition ?? throw Missing(start, "definition"),
            components ?? throw Missing(start, "components"),
            countNote,
            usages ?? throw Missing(start, "usages"),
            pinyin)
        {
            Shared = shared,
        };
    }

    private GlossaryAlias ReadAlias(ref Utf8JsonReader reader, FieldPath field)
    {
        var start = reader.TokenStartIndex;
        Expect(ref reader, JsonTokenType.StartObject, field, "an alias object {\"text\": …}");
        string? text = null;
        string? pinyin = null;
        var match = GlossaryMatchRule.Always;
        var seen = 0UL;
        while (NextProperty(ref reader, ref seen, field) is { } name)
        {
            switch (name)
            {
                case "text":
                    text = ReadText(ref reader, field.Child("text"));
                    break;
                case "pinyin":
                    pinyin = ReadPinyin(ref reader, field.Child("pinyin"));
                    break;
                case "match":
                    match = ReadMatch(ref reader, field.Child("match"));
                    break;
                default:
                    throw Unknown(ref reader, field.Child(name));
            }
        }

        return new GlossaryAlias(text ?? throw Missing(start, field.Child("text")), match, pinyin);
    }

    private GlossaryMatchRule ReadMatch(ref Utf8JsonReader reader, FieldPath field)
    {
        Next(ref reader, field);
        Expect(ref reader, JsonTokenType.StartObject, field, "a match rule object {\"when\": …}");
        var mode = GlossaryMatchMode.Always;
        var before = new List<string>();
        var after = new List<string>();
        var generic = false;
        var seen = 0UL;
        while (NextProperty(ref reader, ref seen, field) is { } name)
        {
            switch (name)
            {
                case "when":
                    var when = ReadString(ref reader, field.Child("when"));
                    mode = when switch
                    {
                        "always" => GlossaryMatchMode.Always,
                        "quotedOrContext" => GlossaryMatchMode.QuotedOrContext,
                        "never" => GlossaryMatchMode.Never,
                        _ => throw Error(reader.TokenStartIndex, field.Child("when"), $"'{when}' is not one of always, quotedOrContext, never"),
                    };
                    break;
                case "before":
                    before = ReadArray(ref reader, field.Child("before"), ReadTextValue);
                    break;
                case "after":
                    after = ReadArray(ref reader, field.Child("after"), ReadTextValue);
                    break;
                case "generic":
                    generic = ReadBoolean(ref reader, field.Child("generic"));
                    break;
                default:
                    throw Unknown(ref reader, field.Child(name));
            }
        }

        return mode switch
        {
            GlossaryMatchMode.Always when before.Count == 0 && after.Count == 0 && !generic => GlossaryMatchRule.Always,
            GlossaryMatchMode.Never when before.Count == 0 && after.Count == 0 => GlossaryMatchRule.Never,
            _ => new GlossaryMatchRule(mode, before, after) { Generic = generic },
        };
    }

    private GlossaryComponent ReadComponent(ref Utf8JsonReader reader, FieldPath field)
    {
        var start = reader.TokenStartIndex;
        Expect(ref reader, JsonTokenType.StartObject, field, "a component object {\"text\": …}");
        string? text = null;
        List<GlossaryComponent>? items = null;
        var seen = 0UL;
        while (NextProperty(ref reader, ref seen, field) is { } name)
        {
            switch (name)
            {
                case "text":
                    text = ReadText(ref reader, field.Child("text"));
                    break;
                case "items":
                    items = ReadArray(ref reader, field.Child("items"), ReadComponent);
                    break;
                default:
                    throw Unknown(ref reader, field.Child(name));
            }
        }

        return new GlossaryComponent(text ?? throw Missing(start, field.Child("text")), items ?? new List<GlossaryComponent>());
    }

    private GlossaryUsage ReadUsage(ref Utf8JsonReader reader, FieldPath field)
    {
        var start = reader.TokenStartIndex;
        Expect(ref reader, JsonTokenType.StartObject, field, "a usage object {\"section\": …, \"sentence\": …}");
        string? section = null;
        string? sentence = null;
        var seen = 0UL;
        while (NextProperty(ref reader, ref seen, field) is { } name)
        {
            switch (name)
            {
                case "section":
                    section = ReadText(ref reader, field.Child("section"));
                    break;
                case "sentence":
                    sentence = ReadText(ref reader, field.Child("sentence"));
                    break;
                default:
                    throw Unknown(ref reader, field.Child(name));
            }
        }

        return new GlossaryUsage(section ?? throw Missing(start, field.Child("section")), sentence ?? throw Missing(start, field.Child("sentence")));
    }

    private delegate T ElementReader<out T>(ref Utf8JsonReader reader, FieldPath field);

    private List<T> ReadArray<T>(ref Utf8JsonReader reader, FieldPath field, ElementReader<T> readElement)
    {
        Next(ref reader, field);
        Expect(ref reader, JsonTokenType.StartArray, field, "an array");
        var list = new List<T>();
        while (Next(ref reader, field) != JsonTokenType.EndArray)
        {
            list.Add(readElement(ref reader, field.Element(list.Count)));
        }

        return list;
    }

    private int ReadNumber(ref Utf8JsonReader reader, FieldPath field)
    {
        Next(ref reader, field);
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value) || value <= 0)
        {
            throw Error(reader.TokenStartIndex, field, $"expected a positive whole number, found {Describe(ref reader)}");
        }

        return value;
    }

    private GlossaryEntryKind ReadKind(ref Utf8JsonReader reader, FieldPath field)
    {
        var kind = ReadString(ref reader, field);
        return kind switch
        {
            "term" => GlossaryEntryKind.Term,
            "note" => GlossaryEntryKind.Note,
            _ => throw Error(reader.TokenStartIndex, field, $"'{kind}' is not one of term, note"),
        };
    }

    private bool ReadBoolean(ref Utf8JsonReader reader, FieldPath field)
    {
        return Next(ref reader, field) switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Error(reader.TokenStartIndex, field, $"expected true or false, found {Describe(ref reader)}"),
        };
    }

    private string ReadString(ref Utf8JsonReader reader, FieldPath field)
    {
        Next(ref reader, field);
        return ReadStringValue(ref reader, field);
    }

    private string ReadText(ref Utf8JsonReader reader, FieldPath field)
    {
        Next(ref reader, field);
        return ReadTextValue(ref reader, field);
    }

    private string ReadPinyin(ref Utf8JsonReader reader, FieldPath field)
    {
        // The form only; whether the syllables fit the spelling is the Glossary's check, made on whole entries.
        var value = ReadText(ref reader, field);
        if (value.Contains("  ") || value[0] == ' ' || value[value.Length - 1] == ' ')
        {
            throw Error(reader.TokenStartIndex, field, "the syllables must be separated by single spaces, with none at either end");
        }

        return value;
    }

    private string ReadTextValue(ref Utf8JsonReader reader, FieldPath field)
    {
        var value = ReadStringValue(ref reader, field);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Error(reader.TokenStartIndex, field, "the text is empty or blank");
        }

        return value;
    }

    private string ReadStringValue(ref Utf8JsonReader reader, FieldPath field)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(reader.TokenStartIndex, field, $"expected a string, found {Describe(ref reader)}");
        }

        return Utf16(ref reader, field);
    }

    private string? NextProperty(ref Utf8JsonReader reader, ref ulong seen, FieldPath parent)
    {
        if (Next(ref reader, parent) == JsonTokenType.EndObject)
        {
            return null;
        }

        // Known names come back as the shared constants and duplicates are caught with a bit each, so a load
        // allocates neither a string per property nor a set per object. An unknown name is an error anyway.
        for (var i = 0; i < FieldNames.Length; i++)
        {
            if (reader.ValueTextEquals(FieldNamesUtf8[i]))
            {
                var bit = 1UL << i;
                if ((seen & bit) != 0)
                {
                    throw Error(reader.TokenStartIndex, parent.Child(FieldNames[i]), "the field appears twice");
                }

                seen |= bit;
                return FieldNames[i];
            }
        }

        return Utf16(ref reader, parent);
    }

    private string Utf16(ref Utf8JsonReader reader, FieldPath field)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            // The reader checks a string's UTF-8 only when asked for its value, and reports it as an
            // InvalidOperationException, which is no way to tell a user that their file is damaged.
            throw Error(reader.TokenStartIndex, field, "the string is not valid UTF-8 or escapes half a surrogate pair; save the file as UTF-8", exception);
        }
    }

    private JsonTokenType Next(ref Utf8JsonReader reader, FieldPath field)
    {
        try
        {
            if (!reader.Read())
            {
                throw Error(json.Length, field, "the file ends before the glossary does");
            }
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var byteInLine = (int)(exception.BytePositionInLine ?? 0);
            throw Error(OffsetOf(line, byteInLine), field, "the file is not valid JSON: " + FirstSentence(exception.Message), exception);
        }

        return reader.TokenType;
    }

    private void Expect(ref Utf8JsonReader reader, JsonTokenType expected, FieldPath field, string what)
    {
        if (reader.TokenType != expected)
        {
            throw Error(reader.TokenStartIndex, field, $"expected {what}, found {Describe(ref reader)}");
        }
    }

    private GlossaryFormatException Unknown(ref Utf8JsonReader reader, FieldPath field) =>
        Error(reader.TokenStartIndex, field, "unknown field; check its spelling against glossary.schema.json");

    private GlossaryFormatException Missing(long objectStart, FieldPath field) =>
        Error(objectStart, field, "the field is missing");

    private GlossaryFormatException EntryError(List<GlossaryEntry> entries, List<long> entryOffsets, GlossaryEntry entry, string problem)
    {
        var index = entries.IndexOf(entry);
        return Error(index >= 0 ? entryOffsets[index] : 0, null, problem, null, entry.Number);
    }

    private GlossaryFormatException Error(long byteOffset, FieldPath field, string problem, Exception? inner = null, int? number = null)
    {
        number ??= entryNumber;
        var fieldText = field.ToString();
        var (line, column) = Locate(byteOffset);
        var where = number is { } n
            ? $"entry {n}"
            : entryIndex >= 0 ? $"entry at index {entryIndex} (its number not read yet)" : null;
        var subject = (where, fieldText) switch
        {
            (null, null) => string.Empty,
            (null, _) => $"field '{fieldText}': ",
            (_, null) => $"{where}: ",
            _ => $"{where}, field '{fieldText}': ",
        };
        var message = FormattableString.Invariant($"{sourceName}({line},{column}): {subject}{problem}.");
        return new GlossaryFormatException(message, line, column, number, fieldText, inner);
    }

    private (int Line, int Column) Locate(long byteOffset)
    {
        var bytes = json.Span;
        var end = (int)Math.Min(byteOffset, bytes.Length);
        int line = 1, column = 1;
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                // Count code points, not bytes: editors show 名 as one column.
                column++;
            }
        }

        return (line, column);
    }

    private long OffsetOf(int zeroBasedLine, int byteInLine)
    {
        var bytes = json.Span;
        var offset = 0;
        for (var line = 0; line < zeroBasedLine && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                line++;
            }
        }

        return Math.Min(offset + (long)byteInLine, bytes.Length);
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends its own 0-based "LineNumber: … | BytePositionInLine: …", which would
        // contradict the 1-based position this message already gives.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd(' ', '.');
    }

    /// <summary>
    /// A field's path such as "aliases[0].text", put together only when an error names it: a load reads thousands
    /// of fields and reports at most one.
    /// </summary>
    private readonly struct FieldPath(string? parent, int index, string? name)
    {
        public static implicit operator FieldPath(string? field) => new(field, -1, null);

        public FieldPath Element(int i) => name is null && index < 0 ? new(parent, i, null) : new(ToString(), i, null);

        public FieldPath Child(string child) => name is null ? new(parent, index, child) : new(ToString(), -1, child);

        public override string? ToString()
        {
            var indexed = index < 0 ? parent : FormattableString.Invariant($"{parent}[{index}]");
            return name is null ? indexed : indexed is null ? name : indexed + "." + name;
        }
    }
}
