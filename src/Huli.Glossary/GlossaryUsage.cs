using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>A place where the report's body uses an entry. Immutable and thread-safe.</summary>
public sealed class GlossaryUsage
{
    /// <summary>Creates a usage.</summary>
    /// <param name="section">The heading path, levels joined by " › "; not null.</param>
    /// <param name="sentence">The sentence that uses the entry; not null.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <example><c>new GlossaryUsage("一、2023年工作回顾", "……")</c></example>
    public GlossaryUsage(string section, string sentence)
    {
        Section = Guard.NotNull(section);
        Sentence = Guard.NotNull(sentence);
    }

    /// <summary>The heading path, for example "一、2023年工作回顾 › （二）强化深谋快干，发展动能加速迸发".</summary>
    public string Section { get; }

    /// <summary>The whole sentence that uses the entry, as the report wrote it.</summary>
    public string Sentence { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Section}: {Sentence}";
}
