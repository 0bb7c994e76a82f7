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
    /// <param name="pinyin">Its reading (see <see cref="Pinyin"/>), or null to let search read it from its own table.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> or <paramref name="match"/> is null.</exception>
    /// <remarks>Whether the reading fits the text is checked when the entries are put together into a <see cref="Glossary"/>.</remarks>
    /// <example><c>new GlossaryAlias("七办", rule, "qī bàn")</c></example>
    public GlossaryAlias(string text, GlossaryMatchRule match, string? pinyin = null)
    {
        Text = Guard.NotNull(text);
        Match = Guard.NotNull(match);
        Pinyin = pinyin;
    }

    /// <summary>The spelling as written, for example “七办”联动.</summary>
    public string Text { get; }

    /// <summary>The rule for finding this spelling inside running text.</summary>
    public GlossaryMatchRule Match { get; }

    /// <summary>
    /// The spelling's reading in tone-marked pinyin, which search matches pinyin and homophones against;
    /// null when the data gives none.
    /// </summary>
    /// <remarks>One syllable per Chinese character, in citation tones; a run of digits and Latin letters stays
    /// as written; quotation marks have no token: “七办”联动 reads "qī bàn lián dòng", 10大专项行动 reads
    /// "10 dà zhuān xiàng xíng dòng".</remarks>
    /// <example><c>Glossary.Default.Get("七办").Aliases[0].Pinyin</c> is "qī bàn".</example>
    public string? Pinyin { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
