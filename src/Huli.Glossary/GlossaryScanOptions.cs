using System;

namespace Huli.Glossary;

/// <summary>
/// How sure a match must be to be returned, and what the caller knows about the text. Immutable (init-only) and
/// thread-safe; the default is <see cref="Precise"/>.
/// </summary>
/// <remarks>
/// Confidences: a distinctive spelling 0.95, a context word 0.9, document context or the caller's say-so 0.85,
/// quotation marks where the spelling's rule asks for no more 0.8, quotation marks around a generic spelling 0.5,
/// a bare generic spelling 0.3.
/// </remarks>
/// <example><c>glossary.Scan(text, new GlossaryScanOptions { AboutGlossaryPlace = true })</c></example>
public sealed class GlossaryScanOptions
{
    private readonly double minConfidence = 0.75;

    /// <summary>Only matches with evidence of the glossary's sense (confidence at least 0.75): a distinctive spelling, a
    /// context word, document context, the caller's say-so, or quotes where the spelling asks for no more.</summary>
    public static GlossaryScanOptions Precise { get; } = new();

    /// <summary>Every match a spelling's rule allows, however weak its evidence (confidence at least 0.3): what the matcher
    /// found before it weighed evidence, such as “三位一体” in any report.</summary>
    public static GlossaryScanOptions Lenient { get; } = new() { MinConfidence = 0.3 };

    /// <summary>The least confidence a match needs, from 0 to 1; 0.75 unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 0 and 1.</exception>
    public double MinConfidence
    {
        get => minConfidence;
        init => minConfidence = value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A confidence runs from 0 to 1.");
    }

    /// <summary>Whether the caller says the text is about the glossary's place (for the default glossary: a page of Huli
    /// District's), so generic spellings count as they would after the text named the place; false unless set.</summary>
    public bool AboutGlossaryPlace { get; init; }
}
