using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// Another spelling under which the report or a reader names an entry, such as 七办 for 七办联动,
/// with its own rule for matching inside running text: an object of an entry's <c>aliases</c> in glossary.json.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>Whether the reading fits the text is checked when the entries are put together into a <see cref="Glossary"/>.</remarks>
/// <example><c>new GlossaryAlias { Text = "七办", Pinyin = "qī bàn" }</c></example>
public sealed class GlossaryAlias
{
    /// <summary>The spelling as written, for example “七办”联动.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public required string Text { get; init => field = Guard.NotNull(value); }

    /// <summary>
    /// The spelling's reading in tone-marked pinyin, which search matches pinyin and homophones against;
    /// null (the default) when the data gives none.
    /// </summary>
    /// <remarks>One syllable per Chinese character, in citation tones; a run of digits and Latin letters stays
    /// as written; quotation marks have no token: “七办”联动 reads "qī bàn lián dòng", 10大专项行动 reads
    /// "10 dà zhuān xiàng xíng dòng".</remarks>
    /// <example><c>Glossary.Default.Get("七办").Aliases[0].Pinyin</c> is "qī bàn".</example>
    public string? Pinyin { get; init; }

    /// <summary>The rule for finding this spelling inside running text; <see cref="GlossaryMatchRule.Always"/> by default.
    /// The file's <c>match</c>.</summary>
    /// <remarks>Null is taken as <see cref="GlossaryMatchRule.Always"/>.</remarks>
    [AllowNull]
    [JsonPropertyName("match")]
    public GlossaryMatchRule MatchRule { get; init => field = value ?? GlossaryMatchRule.Always; } = GlossaryMatchRule.Always;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
