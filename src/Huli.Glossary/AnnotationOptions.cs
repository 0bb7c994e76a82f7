namespace Huli.Glossary;

/// <summary>
/// How to annotate text with the glossary's definitions. Immutable (init-only) and thread-safe; the default
/// is plain text, every occurrence, UTF-16 offsets.
/// </summary>
/// <example><c>new AnnotationOptions { Format = AnnotationFormat.Html, Scope = AnnotationScope.FirstInDocument }</c></example>
public sealed class AnnotationOptions
{
    private readonly HtmlOutputOptions html = HtmlOutputOptions.Default;
    private readonly GlossaryScanOptions scan = GlossaryScanOptions.Precise;
    private readonly int maxDegreeOfParallelism = 1;

    /// <summary>The options used when none are given: plain text, every occurrence, UTF-16 offsets.</summary>
    public static AnnotationOptions Default { get; } = new();

    /// <summary>The output format; <see cref="AnnotationFormat.Text"/> unless set.</summary>
    public AnnotationFormat Format { get; init; } = AnnotationFormat.Text;

    /// <summary>Which occurrences of each entry are annotated; <see cref="AnnotationScope.Every"/> unless set.</summary>
    /// <remarks>Occurrences outside the scope are copied as they are; in JSON they are left out.</remarks>
    public AnnotationScope Scope { get; init; } = AnnotationScope.Every;

    /// <summary>The unit of offsets and lengths in JSON output; <see cref="OffsetUnit.Utf16"/> unless set. Other formats ignore it.</summary>
    public OffsetUnit Offsets { get; init; } = OffsetUnit.Utf16;

    /// <summary>How HTML output names its ids, links the entries and whether it is a whole page; <see cref="HtmlOutputOptions.Default"/> unless set. Other formats ignore it.</summary>
    /// <exception cref="System.ArgumentNullException">The value is null.</exception>
    public HtmlOutputOptions Html
    {
        get => html;
        init => html = Internal.Guard.NotNull(value);
    }

    /// <summary>How sure a match must be to be annotated, and what the caller knows about the text; <see cref="GlossaryScanOptions.Precise"/> unless set.</summary>
    /// <exception cref="System.ArgumentNullException">The value is null.</exception>
    public GlossaryScanOptions Scan
    {
        get => scan;
        init => scan = Internal.Guard.NotNull(value);
    }

    /// <summary>Whether each JSON match also carries its entry's <c>"definition"</c>; false unless set. Other formats ignore it
    /// (they always show the definition).</summary>
    /// <remarks>The definition is encoded once per entry, however often the entry occurs.</remarks>
    /// <example><c>new AnnotationOptions { Format = AnnotationFormat.Json, IncludeDefinitions = true }</c></example>
    public bool IncludeDefinitions { get; init; }

    /// <summary>How many threads annotating a UTF-8 stream to JSON may use at once: 1 (the calling thread alone) unless set,
    /// -1 for one per processor, as <see cref="System.Threading.Tasks.ParallelOptions.MaxDegreeOfParallelism"/> counts them.</summary>
    /// <remarks>
    /// Only <see cref="Glossary.Annotate(System.IO.Stream, System.IO.Stream, AnnotationOptions)"/> with
    /// <see cref="AnnotationFormat.Json"/> and <see cref="AnnotationScope.Every"/> uses more than one: each megabyte it reads is
    /// cut into parts that threads of the pool scan at the same time. The output is the same as one thread's, byte for byte: a
    /// part whose matches depend on the text before it (a term across its start, a text that had not yet shown whose
    /// terms it uses) is scanned again after that text. Every other call scans on the calling thread.
    /// </remarks>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is 0 or less than -1.</exception>
    /// <example><c>new AnnotationOptions { Format = AnnotationFormat.Json, MaxDegreeOfParallelism = -1 }</c></example>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init => maxDegreeOfParallelism = value is 0 or < -1
            ? throw new System.ArgumentOutOfRangeException(nameof(value), value, "Give 1 or more threads, or -1 for one per processor.")
            : value;
    }
}
