using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// Another spelling under which the report or a reader names an entry, such as 七办 for 七办联动,
/// with its own rule for matching inside running text. Immutable and thread-safe.
/// </summary>
public sealed class GlossaryAlias
{
    /// <summary>Creates an alias.</summary>
    /// <param name="text">The spelling as written; not null.</param>
    /// <param name="match">Its rule for running text; not null.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <example><c>new GlossaryAlias("七办", rule)</c></example>
    public GlossaryAlias(string text, GlossaryMatchRule match)
    {
        Text = Guard.NotNull(text);
        Match = Guard.NotNull(match);
    }

    /// <summary>The spelling as written, for example “七办”联动.</summary>
    public string Text { get; }

    /// <summary>The rule for finding this spelling inside running text.</summary>
    public GlossaryMatchRule Match { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
