using System.Globalization;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// Something <see cref="GlossaryExtractor"/> found in a report and could not place: a line it could not read as an
/// entry, a number out of sequence, a short form two entries share. Immutable and thread-safe.
/// </summary>
/// <example><c>line 212: entry 7 is numbered 8; numbers must run 1, 2, 3…, so it keeps its position, 7.</c></example>
public sealed class GlossaryExtractionWarning
{
    internal GlossaryExtractionWarning(int line, string message)
    {
        Line = line;
        Message = Guard.NotNull(message);
    }

    /// <summary>The 1-based line of the report the warning is about; 0 when it is about the report as a whole.</summary>
    public int Line { get; }

    /// <summary>What was found and what the extractor did about it, in a sentence.</summary>
    public string Message { get; }

    /// <summary>The warning as one line: "line 212: …", or the message alone when <see cref="Line"/> is 0.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Line == 0
        ? Message
        : string.Format(CultureInfo.InvariantCulture, "line {0}: {1}", Line, Message);
}
