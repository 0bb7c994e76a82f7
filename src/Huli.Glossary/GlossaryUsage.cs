using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// A place where the report's body uses an entry: an object of an entry's <c>usages</c> in glossary.json.
/// Immutable and thread-safe.
/// </summary>
/// <example><c>new GlossaryUsage { Section = "一、2023年工作回顾", Sentence = "……" }</c></example>
public sealed class GlossaryUsage
{
    /// <summary>The heading path, levels joined by " › ", for example "一、2023年工作回顾 › （二）强化深谋快干，发展动能加速迸发".</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public required string Section { get; init => field = Guard.NotNull(value); }

    /// <summary>The whole sentence that uses the entry, as the report wrote it.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public required string Sentence { get; init => field = Guard.NotNull(value); }

    /// <inheritdoc/>
    public override string ToString() => $"{Section}: {Sentence}";
}
