using System.Globalization;
using System.Text.Json.Serialization;
using Huli.Glossary.Data;

namespace Huli.Glossary;

/// <summary>
/// One entry found by <see cref="Glossary.Search(string, int)"/> or <see cref="Glossary.Suggest(string, int)"/>:
/// the entry, how well it matched and how. Immutable and thread-safe.
/// </summary>
/// <example><c>Glossary.Default.Search("liutongyi")[0]</c> is entry 13 with <see cref="Kind"/> Pinyin.</example>
[JsonConverter(typeof(SearchResultJsonConverter))]
public sealed class GlossarySearchResult
{
    internal GlossarySearchResult(GlossaryEntry entry, double score, GlossarySearchKind kind, string matchedText)
    {
        Entry = entry;
        Score = score;
        Kind = kind;
        MatchedText = matchedText;
    }

    /// <summary>The entry found.</summary>
    public GlossaryEntry Entry { get; }

    /// <summary>
    /// The relevance, from 0 to 1: 1 for the headword itself, about 0.95 for an alias, 0.8 to 0.9 for a prefix
    /// or whole pinyin, down to about 0.35 for a word of the definition. Only the order is meant to be relied on.
    /// </summary>
    public double Score { get; }

    /// <summary>What the query matched.</summary>
    public GlossarySearchKind Kind { get; }

    /// <summary>
    /// The text the query matched, as the data writes it: the headword or alias for the kinds from
    /// <see cref="GlossarySearchKind.Exact"/> to <see cref="GlossarySearchKind.Fuzzy"/>, the item for
    /// <see cref="GlossarySearchKind.Component"/>, the definition for <see cref="GlossarySearchKind.Definition"/>, the part
    /// of the query that holds the spelling for <see cref="GlossarySearchKind.InQuery"/>, the report's sentence for
    /// <see cref="GlossarySearchKind.Usage"/>.
    /// </summary>
    /// <example>Searching "七" suggests 七办联动 through its alias: MatchedText is "七办".</example>
    public string MatchedText { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}. {1} ({2}, {3:0.000})", Entry.Number, Entry.Term, Kind, Score);
}
