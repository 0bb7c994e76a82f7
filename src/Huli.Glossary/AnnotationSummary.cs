namespace Huli.Glossary;

/// <summary>
/// What annotating a stream of UTF-8 met in its input besides the terms: what a caller needs to warn that the bytes were
/// not what they should be. Immutable and thread-safe.
/// </summary>
/// <example><c>if (glossary.Annotate(input, output, options).IllFormedSequences > 0) { /* warn: not valid UTF-8 */ }</c></example>
public sealed class AnnotationSummary
{
    internal AnnotationSummary(long illFormedSequences) => IllFormedSequences = illFormedSequences;

    /// <summary>
    /// The ill-formed byte sequences of the input, each read as one U+FFFD as .NET's decoders read them (one per maximal
    /// ill-formed subpart, Unicode chapter 3); 0 when the input was well-formed UTF-8. A U+FFFD written in the input as its
    /// own three bytes is text, not counted.
    /// </summary>
    public long IllFormedSequences { get; }

    /// <inheritdoc/>
    public override string ToString() => IllFormedSequences == 0
        ? "well-formed UTF-8"
        : IllFormedSequences.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ill-formed UTF-8 sequence(s) read as U+FFFD";
}
