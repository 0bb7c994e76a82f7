using System;
using System.Text.Json.Serialization;
using Huli.Glossary.Data;

namespace Huli.Glossary;

/// <summary>
/// One use of a glossary entry found in running text: the half-open range [<see cref="Start"/>,
/// <see cref="End"/>) in UTF-16 code units of the original text, the entry, and the spelling that matched.
/// </summary>
/// <remarks>
/// The range covers the original characters, whatever folding made them match: in “2 2 n”线上线下一体化企业服务体系
/// the match for entry 10 starts at the opening quote and runs to 系. A match never starts inside a quotation
/// it does not close: quotes inside the range are balanced where the text allows.
/// Every match the library returns has an <see cref="Entry"/> and a <see cref="Spelling"/>; only
/// <c>default(GlossaryMatch)</c>, which no method returns, has null in both.
/// </remarks>
/// <example><c>text.Substring(match.Start, match.Length)</c> is the matched text; <c>match.Evidence</c> says why it counts.</example>
[JsonConverter(typeof(MatchJsonConverter))]
public readonly struct GlossaryMatch : IEquatable<GlossaryMatch>
{
    /// <summary>Creates a match on the caller's say-so: <see cref="Evidence"/> is <see cref="GlossaryEvidence.Caller"/>, <see cref="Confidence"/> 1.</summary>
    /// <param name="start">The first code unit's offset; not negative.</param>
    /// <param name="length">The number of code units; positive.</param>
    /// <param name="entry">The entry; not null.</param>
    /// <param name="spelling">The spelling of the entry that matched (its term or an alias), as in the data; not null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="length"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> or <paramref name="spelling"/> is null.</exception>
    /// <example><c>new GlossaryMatch(0, 3, Glossary.Default[13], "六统一")</c></example>
    public GlossaryMatch(int start, int length, GlossaryEntry entry, string spelling)
        : this(start, length, entry, spelling, GlossaryEvidence.Caller, 1)
    {
    }

    /// <summary>Creates a match with its evidence.</summary>
    /// <param name="start">The first code unit's offset; not negative.</param>
    /// <param name="length">The number of code units; positive.</param>
    /// <param name="entry">The entry; not null.</param>
    /// <param name="spelling">The spelling of the entry that matched (its term or an alias), as in the data; not null.</param>
    /// <param name="evidence">Why the text counts as a use of the entry.</param>
    /// <param name="confidence">How sure that makes it, from 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, <paramref name="length"/> is not positive,
    /// or <paramref name="confidence"/> is not between 0 and 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> or <paramref name="spelling"/> is null.</exception>
    /// <example><c>new GlossaryMatch(0, 3, Glossary.Default[13], "六统一", GlossaryEvidence.DistinctiveSpelling, 0.95)</c></example>
    public GlossaryMatch(int start, int length, GlossaryEntry entry, string spelling, GlossaryEvidence evidence, double confidence)
    {
        if (confidence is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence runs from 0 to 1.");
        }

        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "A match cannot start before the text.");
        }

        if (length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A match covers at least one code unit.");
        }

        Start = start;
        Length = length;
        Entry = Internal.Guard.NotNull(entry);
        Spelling = Internal.Guard.NotNull(spelling);
        Evidence = evidence;
        Confidence = confidence;
    }

    /// <summary>The offset of the first code unit of the match, in UTF-16 code units of the original text.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units the match covers.</summary>
    public int Length { get; }

    /// <summary>The offset just past the match: <see cref="Start"/> + <see cref="Length"/>.</summary>
    public int End => Start + Length;

    /// <summary>The entry the text uses.</summary>
    public GlossaryEntry Entry { get; }

    /// <summary>The spelling that matched, as written in the glossary: the entry's term or one of its aliases.</summary>
    public string Spelling { get; }

    /// <summary>Why the text counts as a use of the entry: the strongest evidence found.</summary>
    public GlossaryEvidence Evidence { get; }

    /// <summary>How sure the evidence makes the match, from 0 to 1 (see <see cref="GlossaryScanOptions"/> for the scale).</summary>
    /// <example>六统一 anywhere: 0.95; “三位一体” in a text that never names the place: 0.5, found only with <see cref="GlossaryScanOptions.Lenient"/>.</example>
    public double Confidence { get; }

    /// <summary>Whether two matches cover the same range with the same entry and spelling, on the same evidence.</summary>
    public static bool operator ==(GlossaryMatch left, GlossaryMatch right) => left.Equals(right);

    /// <summary>Whether two matches differ in range, entry, spelling or evidence.</summary>
    public static bool operator !=(GlossaryMatch left, GlossaryMatch right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(GlossaryMatch other) =>
        Start == other.Start && Length == other.Length && ReferenceEquals(Entry, other.Entry) && string.Equals(Spelling, other.Spelling, StringComparison.Ordinal)
        && Evidence == other.Evidence && Confidence.Equals(other.Confidence);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GlossaryMatch other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Start * 31 + Length) * 31 + (Entry?.Number ?? 0);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}, {End}) {Entry?.Number}. {Spelling} ({Evidence}, {Confidence.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)})";
}
