using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Huli.Glossary.Data;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// One numbered explanation of the report: its headword, the other spellings it goes by, its definition and
/// what that definition enumerates. An object of glossary.json's <c>entries</c>, property for field.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>Only <see cref="Number"/>, <see cref="Term"/> and <see cref="Definition"/> must be given; the rest have
/// the defaults a file may leave out. Nothing is checked but nulls until the entry is put into a <see cref="Glossary"/>,
/// which reports every problem of every entry at once (a number of 0, a blank term, a reading that does not fit).</remarks>
/// <example><c>new GlossaryEntry { Number = 40, Term = "五个一", Definition = "……" }</c></example>
public sealed class GlossaryEntry
{
    /// <summary>The footnote number, 1 to 39 in the report; positive once validated.</summary>
    public required int Number { get; init; }

    /// <summary>Whether the entry explains jargon or is a note on a figure or on the text; <see cref="GlossaryEntryKind.Term"/> by default.</summary>
    public GlossaryEntryKind Kind { get; init; } = GlossaryEntryKind.Term;

    /// <summary>The headword as the report wrote it, for example “2+2+N”线上线下一体化服务体系.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required string Term { get; init => field = Guard.NotNull(value); }

    /// <summary>The headword's rule for running text; <see cref="GlossaryMatchRule.Always"/> by default. The file's <c>match</c>.</summary>
    /// <remarks>Null is taken as <see cref="GlossaryMatchRule.Always"/>.</remarks>
    [AllowNull]
    [JsonPropertyName("match")]
    public GlossaryMatchRule MatchRule { get; init => field = value ?? GlossaryMatchRule.Always; } = GlossaryMatchRule.Always;

    /// <summary>
    /// The headword's reading in tone-marked pinyin, which search matches pinyin and homophones against;
    /// null (the default) when the data gives none.
    /// </summary>
    /// <remarks>One syllable per Chinese character, in citation tones (一 is always yī); a run of digits,
    /// Latin letters, "+" and "%" stays as written; quotation marks have no token: “2+2+N”企业服务体系 reads
    /// "2+2+N qǐ yè fú wù tǐ xì".</remarks>
    /// <example><c>Glossary.Default[13].Pinyin</c> is "liù tǒng yī"; <c>Glossary.Default[25].Pinyin</c> reads 行业 as háng yè.</example>
    public string? Pinyin { get; init; }

    /// <summary>Other spellings under which the report or a reader names the entry; empty by default. Copied when set.</summary>
    /// <exception cref="ArgumentNullException">An alias is null. Null itself is taken as empty.</exception>
    [AllowNull]
    public IReadOnlyList<GlossaryAlias> Aliases { get; init => field = Frozen.List(value, nameof(Aliases)); } = Frozen.Empty<GlossaryAlias>.Instance;

    /// <summary>The explanation, word for word as the report gives it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required string Definition { get; init => field = Guard.NotNull(value); }

    /// <summary>The items the definition enumerates, grouped where the headword counts groups; empty by default. Copied when set.</summary>
    /// <exception cref="ArgumentNullException">A component is null. Null itself is taken as empty.</exception>
    [AllowNull]
    public IReadOnlyList<GlossaryComponent> Components { get; init => field = Frozen.List(value, nameof(Components)); } = Frozen.Empty<GlossaryComponent>.Instance;

    /// <summary>Why the number of components differs from the headword's numeral; null (the default) when it does not.</summary>
    /// <example>For 千亿产业集群: 千亿 names a size, not a count.</example>
    public string? CountNote { get; init; }

    /// <summary>
    /// Whether the concept is shared with other places under the same name (a national rule such as 两个只增不减, a
    /// common model), so its spellings resolve in any text, generic or not; false (the default) when it is the
    /// glossary's own. The file's <c>"shared": true</c>, left out when false.
    /// </summary>
    /// <example><c>Glossary.Default[34].Shared</c> is true: 五社联动 is a model other places run under that name.</example>
    public bool Shared { get; init; }

    /// <summary>Where the report's body uses the entry; empty by default. Copied when set.</summary>
    /// <exception cref="ArgumentNullException">A usage is null. Null itself is taken as empty.</exception>
    [AllowNull]
    public IReadOnlyList<GlossaryUsage> Usages { get; init => field = Frozen.List(value, nameof(Usages)); } = Frozen.Empty<GlossaryUsage>.Instance;

    /// <summary>The headword followed by every alias, in the data's order: what lookup accepts.</summary>
    [JsonIgnore]
    public IEnumerable<string> Spellings => new[] { Term }.Concat(Aliases.Select(alias => alias.Text));

    /// <summary>
    /// The spellings running text is searched for, with their rules: the headword, and a term's aliases (a note is
    /// found only by its own anchor text, never by a short form), leaving out those whose rule is never.
    /// </summary>
    /// <remarks>The one definition the automaton, the reference matcher of the tests and their generators share.</remarks>
    internal IEnumerable<(string Text, GlossaryMatchRule Rule)> MatchableSpellings
    {
        get
        {
            var all = new[] { (Term, MatchRule) }.AsEnumerable();
            if (Kind == GlossaryEntryKind.Term)
            {
                all = all.Concat(Aliases.Select(alias => (alias.Text, alias.MatchRule)));
            }

            return all.Where(spelling => spelling.Item2.Mode != GlossaryMatchMode.Never);
        }
    }

    /// <summary>Writes the entry as its object in glossary.json, leaving out what holds its default but the lists
    /// every entry of the shipped file writes (aliases, components, usages).</summary>
    /// <param name="writer">The writer; not null. Use <c>JavaScriptEncoder.UnsafeRelaxedJsonEscaping</c> to keep CJK unescaped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <example><c>Glossary.Default[13].WriteTo(writer)</c></example>
    public void WriteTo(Utf8JsonWriter writer)
    {
        GlossaryWriter.WriteEntry(Guard.NotNull(writer), this);
        writer.Flush();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Number}. {Term}";
}
