using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text.Json;
using Huli.Glossary.Data;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// One numbered explanation of the report: its headword, the other spellings it goes by, its
/// definition and what that definition enumerates. Immutable and thread-safe.
/// </summary>
/// <example><c>Glossary.Default[13].Definition</c> is 统一出租房管理平台建设、……、统一管理服务。</example>
public sealed class GlossaryEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="number">The footnote number; positive.</param>
    /// <param name="kind">Whether the entry explains jargon or is a note.</param>
    /// <param name="term">The headword as the report wrote it; not null.</param>
    /// <param name="match">The headword's rule for running text; not null.</param>
    /// <param name="aliases">Other spellings; not null, may be empty.</param>
    /// <param name="definition">The explanation; not null.</param>
    /// <param name="components">What the definition enumerates; not null, may be empty.</param>
    /// <param name="countNote">Why the number of components differs from the headword's numeral, or null.</param>
    /// <param name="usages">Where the report's body uses the entry; not null, may be empty.</param>
    /// <param name="pinyin">The headword's reading (see <see cref="Pinyin"/>), or null to let search read it from its own table.</param>
    /// <exception cref="ArgumentNullException">A required argument or an element of a list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not positive.</exception>
    /// <remarks>Validation of the text itself (blank terms, spellings shared by two entries) happens when the
    /// entries are put together into a <see cref="Glossary"/>, and so does the check that each reading fits its spelling.</remarks>
    /// <example><c>new GlossaryEntry(40, GlossaryEntryKind.Term, "五个一", GlossaryMatchRule.Always, [], "……", [], null, [])</c></example>
    public GlossaryEntry(
        int number,
        GlossaryEntryKind kind,
        string term,
        GlossaryMatchRule match,
        IEnumerable<GlossaryAlias> aliases,
        string definition,
        IEnumerable<GlossaryComponent> components,
        string? countNote,
        IEnumerable<GlossaryUsage> usages,
        string? pinyin = null)
    {
        if (number <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "An entry's number must be positive.");
        }

        Number = number;
        Kind = kind;
        Term = Guard.NotNull(term);
        Match = Guard.NotNull(match);
        Aliases = Freeze(Guard.NotNull(aliases), nameof(aliases));
        Definition = Guard.NotNull(definition);
        Components = Freeze(Guard.NotNull(components), nameof(components));
        CountNote = countNote;
        Usages = Freeze(Guard.NotNull(usages), nameof(usages));
        Pinyin = pinyin;
    }

    /// <summary>The footnote number, 1 to 39 in the report.</summary>
    public int Number { get; }

    /// <summary>Whether the entry explains jargon or is a note on a figure or on the text.</summary>
    public GlossaryEntryKind Kind { get; }

    /// <summary>The headword as the report wrote it, for example “2+2+N”线上线下一体化服务体系.</summary>
    public string Term { get; }

    /// <summary>The headword's rule for running text.</summary>
    public GlossaryMatchRule Match { get; }

    /// <summary>
    /// The headword's reading in tone-marked pinyin, which search matches pinyin and homophones against;
    /// null when the data gives none.
    /// </summary>
    /// <remarks>One syllable per Chinese character, in citation tones (一 is always yī); a run of digits,
    /// Latin letters, "+" and "%" stays as written; quotation marks have no token: “2+2+N”企业服务体系 reads
    /// "2+2+N qǐ yè fú wù tǐ xì".</remarks>
    /// <example><c>Glossary.Default[13].Pinyin</c> is "liù tǒng yī"; <c>Glossary.Default[25].Pinyin</c> reads 行业 as háng yè.</example>
    public string? Pinyin { get; }

    /// <summary>Other spellings under which the report or a reader names the entry; may be empty.</summary>
    public IReadOnlyList<GlossaryAlias> Aliases { get; }

    /// <summary>The explanation, word for word as the report gives it.</summary>
    public string Definition { get; }

    /// <summary>The items the definition enumerates, grouped where the headword counts groups; may be empty.</summary>
    public IReadOnlyList<GlossaryComponent> Components { get; }

    /// <summary>Why the number of components differs from the headword's numeral; null when it does not.</summary>
    /// <example>For 千亿产业集群: 千亿 names a size, not a count.</example>
    public string? CountNote { get; }

    /// <summary>Where the report's body uses the entry; may be empty.</summary>
    public IReadOnlyList<GlossaryUsage> Usages { get; }

    /// <summary>
    /// Whether the concept is shared with other places under the same name (a national rule such as 两个只增不减, a
    /// common model), so its spellings resolve in any text, generic or not; false when it is the glossary's own.
    /// Stored as <c>"shared": true</c>; false unless set.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>The headword followed by every alias, in the data's order.</summary>
    public IEnumerable<string> Spellings => new[] { Term }.Concat(Aliases.Select(alias => alias.Text));

    /// <summary>Writes the entry as its object in glossary.json (number, kind, term, match, pinyin, aliases, definition, components, countNote, usages).</summary>
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

    private static ReadOnlyCollection<T> Freeze<T>(IEnumerable<T> items, string name)
        where T : class
    {
        var list = new List<T>();
        foreach (var item in items)
        {
            list.Add(Guard.NotNull(item, name));
        }

        return list.AsReadOnly();
    }
}
