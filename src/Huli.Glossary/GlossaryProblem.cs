using System;
using System.Globalization;

namespace Huli.Glossary;

/// <summary>
/// One thing wrong with a glossary: what, in which entry and field, and, for a file, where. A
/// <see cref="GlossaryFormatException"/> carries every problem found, not only the first. Immutable and thread-safe.
/// </summary>
/// <example><c>glossary.json(8,17): entry 13, field 'definition': expected a string, found a number.</c></example>
public sealed class GlossaryProblem
{
    private const string EntriesPrefix = "$.entries[";

    internal GlossaryProblem(string path, int? entryNumber, string description, bool atName = false)
    {
        Path = path;
        EntryNumber = entryNumber;
        Description = description;
        AtName = atName;
    }

    private GlossaryProblem(GlossaryProblem problem, string sourceName, int lineNumber, int column)
        : this(problem.Path, problem.EntryNumber, problem.Description, problem.AtName)
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>What is wrong, in words, without the place: <c>the field is missing</c>.</summary>
    public string Description { get; }

    /// <summary>The JSON path of the value concerned, such as <c>$.entries[3].aliases[0].text</c>; for entries built
    /// in code, the index is the entry's place in the list validated.</summary>
    public string Path { get; }

    /// <summary>The number of the entry concerned, or null when the problem is outside any entry or the entry has no
    /// positive number.</summary>
    public int? EntryNumber { get; }

    /// <summary>The field concerned, relative to its entry (<c>aliases[1].text</c>) or, outside entries, to the
    /// document (<c>title</c>); null when the problem concerns a whole entry or the whole document.</summary>
    public string? Field => FieldOf(Path);

    /// <summary>The 1-based line in the file, or 0 for entries built in code.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column in the file, counted in characters (code points), or 0 for entries built in code.</summary>
    public int Column { get; }

    /// <summary>The file's name as messages show it, or null for entries built in code.</summary>
    internal string? SourceName { get; }

    /// <summary>Whether the file's place is the field's name rather than its value (an unknown or repeated field).</summary>
    internal bool AtName { get; }

    /// <summary>The problem as one line: place, entry, field and description, such as
    /// <c>siming.json(8,17): entry 13, field 'definition': expected a string, found a number.</c></summary>
    public override string ToString()
    {
        var place = SourceName is null ? string.Empty
            : LineNumber == 0 ? SourceName + ": "
            : FormattableString.Invariant($"{SourceName}({LineNumber},{Column}): ");
        var entry = EntryNumber is { } number
            ? "entry " + number.ToString(CultureInfo.InvariantCulture)
            : EntryIndex(Path) is { } index ? "the entry at index " + index : null;
        var field = Field;
        var subject = (entry, field) switch
        {
            (null, null) => string.Empty,
            (null, _) => $"field '{field}': ",
            (_, null) => $"{entry}: ",
            _ => $"{entry}, field '{field}': ",
        };
        return $"{place}{subject}{Description}.";
    }

    internal GlossaryProblem At(string sourceName, int lineNumber, int column) => new(this, sourceName, lineNumber, column);

    private static string? EntryIndex(string path)
    {
        if (!path.StartsWith(EntriesPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', EntriesPrefix.Length);
        return path.Substring(EntriesPrefix.Length, end - EntriesPrefix.Length);
    }

    private static string? FieldOf(string path)
    {
        if (path.StartsWith(EntriesPrefix, StringComparison.Ordinal))
        {
            var end = path.IndexOf(']', EntriesPrefix.Length);
            return end + 2 < path.Length ? path.Substring(end + 2) : null;
        }

        return path.Length > 2 ? path.Substring(2) : null;
    }
}
