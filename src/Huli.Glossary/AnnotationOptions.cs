namespace Huli.Glossary;

/// <summary>
/// How to annotate text with the glossary's definitions. Immutable (init-only) and thread-safe; the default
/// is plain text, every occurrence, UTF-16 offsets.
/// </summary>
/// <example><c>new AnnotationOptions { Format = AnnotationFormat.Html, FirstOccurrenceOnly = true }</c></example>
public sealed class AnnotationOptions
{
    /// <summary>The options used when none are given: plain text, every occurrence, UTF-16 offsets.</summary>
    public static AnnotationOptions Default { get; } = new();

    /// <summary>The output format; <see cref="AnnotationFormat.Text"/> unless set.</summary>
    public AnnotationFormat Format { get; init; } = AnnotationFormat.Text;

    /// <summary>Whether only the first occurrence of each entry is annotated (later ones are copied as they are); false unless set.</summary>
    /// <remarks>In JSON the later occurrences are left out.</remarks>
    public bool FirstOccurrenceOnly { get; init; }

    /// <summary>The unit of offsets and lengths in JSON output; <see cref="OffsetUnit.Utf16"/> unless set. Other formats ignore it.</summary>
    public OffsetUnit Offsets { get; init; } = OffsetUnit.Utf16;

    /// <summary>Whether each JSON match also carries its entry's <c>"definition"</c>; false unless set. Other formats ignore it
    /// (they always show the definition).</summary>
    /// <remarks>The definition is encoded once per entry, however often the entry occurs.</remarks>
    /// <example><c>new AnnotationOptions { Format = AnnotationFormat.Json, IncludeDefinitions = true }</c></example>
    public bool IncludeDefinitions { get; init; }
}
