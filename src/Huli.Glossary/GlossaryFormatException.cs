using System;
using System.Collections.Generic;
using System.Linq;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// A glossary that cannot be used: bad JSON, a missing, ill-typed or unknown field, a blank text, a reading that does
/// not fit its spelling, or a spelling claimed by two entries. <see cref="Problems"/> holds every problem found, and
/// the message gives them one per line, each saying where in words a person can act on.
/// </summary>
/// <remarks>A file that is not well-formed JSON has one problem, its first syntax error: past it nothing can be read.
/// The other properties describe the first problem.</remarks>
/// <example><c>glossary.json(14,7): entry 13, field 'definition': expected a string, found a number.</c></example>
public sealed class GlossaryFormatException : FormatException
{
    /// <summary>Creates the exception with one problem.</summary>
    /// <param name="message">The full message, location included.</param>
    /// <param name="lineNumber">The 1-based line, or 0 when the problem has no single place.</param>
    /// <param name="column">The 1-based column in characters (code points), or 0 with no place.</param>
    /// <param name="entryNumber">The number of the entry concerned, or null.</param>
    /// <param name="field">The field concerned, or null.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    /// <remarks><see cref="Problems"/> is empty: the problem is described by the message alone.</remarks>
    public GlossaryFormatException(string message, int lineNumber, int column, int? entryNumber, string? field, Exception? innerException = null)
        : base(message, innerException)
    {
        LineNumber = lineNumber;
        Column = column;
        EntryNumber = entryNumber;
        Field = field;
        Problems = Frozen.Empty<GlossaryProblem>.Instance;
    }

    internal GlossaryFormatException(IReadOnlyList<GlossaryProblem> problems)
        : base(string.Join("\n", problems.Select(problem => problem.ToString())))
    {
        var first = problems[0];
        LineNumber = first.LineNumber;
        Column = first.Column;
        EntryNumber = first.EntryNumber;
        Field = first.Field;
        Problems = problems;
    }

    /// <summary>The 1-based line of the first problem, or 0 when it has no single place.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column of the first problem, counted in characters, or 0 when it has no single place.</summary>
    public int Column { get; }

    /// <summary>The number of the entry of the first problem, or null when the problem is outside any entry (or the entry has no valid number).</summary>
    public int? EntryNumber { get; }

    /// <summary>The name of the field of the first problem, such as <c>definition</c> or <c>aliases[1].text</c>, or null.</summary>
    public string? Field { get; }

    /// <summary>Every problem found, in the order of the file (or of the entries given), up to 100: past them, a last
    /// problem says how many more were found (<c>and 2900 more problems, not listed; …</c>). Empty only when the
    /// exception was created with a message alone.</summary>
    public IReadOnlyList<GlossaryProblem> Problems { get; }
}
