using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Huli.Glossary.Data;

/// <summary>
/// JSON paths such as <c>$.entries[3].aliases[0].text</c> and the bytes they name: the first syntax or encoding
/// problem of a file, said in a person's words, and the place in the file of any path a problem names. Both walk
/// the tokens once with <see cref="Utf8JsonReader"/>, keeping the path of the current token.
/// </summary>
internal static class JsonPaths
{
    /// <summary>As deep as a file may nest: a glossary needs seven levels (document, entries, entry, components, group, items, item).</summary>
    public const int MaxDepth = 32;

    public const string NotUtf8 = "the text is not valid UTF-8 or escapes half a surrogate pair; save the file as UTF-8";

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>The first place where <paramref name="json"/> is not well-formed JSON in valid UTF-8, or null.</summary>
    public static (long Offset, string Path, string Description)? FirstSyntaxProblem(ReadOnlySpan<byte> json)
    {
        if (IsBlank(json))
        {
            return (0, "$", "the file is empty; a glossary is an object such as {\"entries\": []}");
        }

        var reader = new Utf8JsonReader(json, Options);
        var walk = new Walk();
        try
        {
            while (reader.Read())
            {
                walk.Step(ref reader);
                if (reader.TokenType == JsonTokenType.PropertyName && !IsValidText(ref reader))
                {
                    // A name that cannot be decoded cannot be shown in a path either, nor found again from one: it is
                    // reported here, at its place, and the path stops at its object. Values are the shape check's.
                    return (reader.TokenStartIndex, walk.Parent(), NotUtf8);
                }
            }
        }
        catch (JsonException exception)
        {
            var offset = OffsetOf(json, (int)(exception.LineNumber ?? 0), (int)(exception.BytePositionInLine ?? 0));
            return (offset, walk.Path(), Describe(json, offset, walk));
        }

        return null;
    }

    /// <summary>
    /// The byte offset of the value at each path of <paramref name="targets"/> (of its field's name with AtName; of the
    /// second when a name appears twice), or of its nearest ancestor in the file when it is missing there, all in one walk.
    /// </summary>
    public static long[] Locate(ReadOnlySpan<byte> json, IReadOnlyList<(string Path, bool AtName)> targets)
    {
        // Every place a target may end up at: itself, then each ancestor's value; the walk records the last token at each.
        var found = new Dictionary<(string Path, bool AtName), long>();
        foreach (var (path, atName) in targets)
        {
            found[(path, atName)] = -1;
            for (var ancestor = path; ancestor != "$";)
            {
                ancestor = ParentOf(ancestor);
                found[(ancestor, false)] = -1;
            }
        }

        var reader = new Utf8JsonReader(json, Options);
        var walk = new Walk();
        try
        {
            while (reader.Read())
            {
                walk.Step(ref reader);
                if (reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    var key = (walk.Path(), reader.TokenType == JsonTokenType.PropertyName);
                    if (found.ContainsKey(key))
                    {
                        found[key] = reader.TokenStartIndex;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Only a well-formed file is located in; a malformed one was reported at its first syntax problem.
        }

        var offsets = new long[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            var (target, atName) = targets[t];
            while (found[(target, atName)] < 0 && target != "$")
            {
                (target, atName) = (ParentOf(target), false);
            }

            offsets[t] = Math.Max(0, found[(target, atName)]);
        }

        return offsets;
    }

    /// <summary>The path without its last name or index: <c>$.entries[3]</c> for <c>$.entries[3].term</c>.</summary>
    public static string ParentOf(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 1 ? "$" : path.Substring(0, cut);
    }

    /// <summary>The 1-based line and column of a byte offset, columns counted in code points as editors show them.</summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> json, long offset)
    {
        var end = (int)Math.Min(offset, json.Length);
        int line = 1, column = 1;
        for (var i = 0; i < end; i++)
        {
            if (json[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((json[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    public static bool IsValidText(JsonElement value)
    {
        try
        {
            value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> json)
    {
        foreach (var b in json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What is wrong at the byte the parser stopped at, told from the bytes around it rather than from the parser's message.</summary>
    private static string Describe(ReadOnlySpan<byte> json, long offset, Walk walk)
    {
        const string Invalid = "the file is not valid JSON: ";
        if (walk.Depth >= MaxDepth - 1)
        {
            return Invalid + $"it nests deeper than {MaxDepth} levels, and a glossary needs no more than 7";
        }

        var rest = json.Slice((int)Math.Min(offset, json.Length));
        if (IsBlank(rest))
        {
            return Invalid + "the file ends before the glossary does; a closing quotation mark, } or ] is missing";
        }

        var b = rest[0];
        if (rest.Length >= 3 && b == 0xEF && rest[1] == 0xBB && rest[2] == 0xBF)
        {
            return Invalid + "a byte order mark (U+FEFF) stands here, which only the very start of a file may hold; remove it";
        }

        var before = PreviousNonBlank(json, offset);
        if (b is (byte)'}' or (byte)']' && before == ',')
        {
            return Invalid + $"a comma stands before this '{(char)b}'; JSON allows no comma after the last item";
        }

        if (before == '\\')
        {
            return Invalid + $"'\\{Shown(rest)}' is not an escape JSON knows; write \\\\ for a backslash";
        }

        if (walk.Depth == 0 && walk.Seen)
        {
            return Invalid + "something follows the end of the glossary's object; a file holds one glossary";
        }

        if (b is (byte)'/')
        {
            return Invalid + "JSON allows no comments";
        }

        if (b is (byte)'\'')
        {
            return Invalid + "a string must stand in double quotation marks (\"), not single ones";
        }

        if (b < 0x20)
        {
            return Invalid + $"a string holds a line break or control character (U+{b:X4}); write it as an escape such as \\n or \\t";
        }

        if (walk.Last == JsonTokenType.PropertyName && before != ':')
        {
            return Invalid + $"a colon and a value must follow the field name, not {Shown(rest)}";
        }

        if (walk.Last is not (JsonTokenType.None or JsonTokenType.PropertyName or JsonTokenType.StartObject or JsonTokenType.StartArray)
            && b is not ((byte)',' or (byte)'}' or (byte)']'))
        {
            return Invalid + $"a comma is missing before {Shown(rest)}";
        }

        if (b is (byte)'-' or (>= (byte)'0' and <= (byte)'9'))
        {
            return Invalid + "a number is malformed; JSON writes no leading zeros, no '+' and digits on both sides of a point";
        }

        return Invalid + $"{Shown(rest)} cannot stand here" + (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z'
            ? "; text must stand in double quotation marks, and true, false and null in lower case"
            : string.Empty);
    }

    private static char PreviousNonBlank(ReadOnlySpan<byte> json, long offset)
    {
        for (var i = (int)Math.Min(offset, json.Length) - 1; i >= 0; i--)
        {
            if (json[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return (char)json[i];
            }
        }

        return '\0';
    }

    /// <summary>The character at the start of <paramref name="rest"/> quoted for a message, or its byte when it is not UTF-8.</summary>
    private static string Shown(ReadOnlySpan<byte> rest)
    {
        var length = rest[0] < 0x80 ? 1 : rest[0] >= 0xF0 ? 4 : rest[0] >= 0xE0 ? 3 : 2;
        if (length <= rest.Length)
        {
            var text = Encoding.UTF8.GetString(rest.Slice(0, length).ToArray());
            if (text.IndexOf('\uFFFD') < 0)
            {
                return "'" + text + "'";
            }
        }

        return "the byte 0x" + rest[0].ToString("X2", CultureInfo.InvariantCulture) + ", which is not UTF-8";
    }

    private static long OffsetOf(ReadOnlySpan<byte> json, int zeroBasedLine, int byteInLine)
    {
        var offset = 0;
        for (var line = 0; line < zeroBasedLine && offset < json.Length; offset++)
        {
            if (json[offset] == (byte)'\n')
            {
                line++;
            }
        }

        return Math.Min(offset + (long)byteInLine, json.Length);
    }

    /// <summary>The path of the current token, kept as a stack of open objects and arrays.</summary>
    private sealed class Walk
    {
        private readonly List<Frame> frames = [];

        public int Depth => frames.Count;

        /// <summary>Whether a whole value has been read at the top level.</summary>
        public bool Seen { get; private set; }

        public JsonTokenType Last { get; private set; }

        public void Step(ref Utf8JsonReader reader)
        {
            var token = reader.TokenType;
            if (token is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray) && frames.Count > 0 && frames[frames.Count - 1].IsArray)
            {
                frames[frames.Count - 1].Index++;
            }

            switch (token)
            {
                case JsonTokenType.PropertyName:
                    frames[frames.Count - 1].Name = IsValidText(ref reader) ? reader.GetString() : "?";
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    // Pushed at once: the new frame has no name or index yet, so the token's own path is its parent's.
                    frames.Add(new Frame { IsArray = token == JsonTokenType.StartArray });
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    Seen |= frames.Count == 0;
                    break;
                default:
                    Seen |= frames.Count == 0;
                    break;
            }

            Last = token;
        }

        /// <summary>The path of the token last stepped on (for a field's name, the path of its value).</summary>
        public string Path()
        {
            var path = new StringBuilder("$");
            foreach (var frame in frames)
            {
                if (frame.IsArray && frame.Index >= 0)
                {
                    path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (frame.Name is not null)
                {
                    path.Append('.').Append(frame.Name);
                }
            }

            return path.ToString();
        }

        public string Parent() => ParentOf(Path());

        private sealed class Frame
        {
            public bool IsArray { get; init; }

            public int Index { get; set; } = -1;

            public string? Name { get; set; }
        }
    }
}
