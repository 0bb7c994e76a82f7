using System;

namespace Huli.Glossary;

/// <summary>
/// A glossary file that cannot be used: bad JSON, a missing or ill-typed field, an unknown field, or a
/// spelling claimed by two entries. The message says where, in words a person can act on.
/// </summary>
/// <example><c>glossary.json(14,7): entry 13, field 'definition': expected a string, found a number.</c></example>
public sealed class GlossaryFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full message, location included.</param>
    /// <param name="lineNumber">The 1-based line, or 0 when the problem has no single place.</param>
    /// <param name="column">The 1-based column in characters (code points), or 0 with no place.</param>
    /// <param name="entryNumber">The number of the entry concerned, or null.</param>
    /// <param name="field">The field concerned, or null.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public GlossaryFormatException(string message, int lineNumber, int column, int? entryNumber, string? field, Exception? innerException = null)
        : base(message, innerException)
    {
        LineNumber = lineNumber;
        Column = column;
        EntryNumber = entryNumber;
        Field = field;
    }

    /// <summary>The 1-based line of the problem, or 0 when it has no single place.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column of the problem, counted in characters, or 0 when it has no single place.</summary>
    public int Column { get; }

    /// <summary>The number of the entry concerned, or null when the problem is outside any entry (or the entry has no valid number).</summary>
    public int? EntryNumber { get; }

    /// <summary>The name of the field concerned, such as <c>definition</c> or <c>aliases[1].text</c>, or null.</summary>
    public string? Field { get; }
}
