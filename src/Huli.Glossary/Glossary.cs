using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using Huli.Glossary.Data;
using Huli.Glossary.Folding;
using Huli.Glossary.Internal;
using Huli.Glossary.Search;

namespace Huli.Glossary;

/// <summary>
/// The report's numbered explanations (名词解释), looked up under any spelling a person or a damaged copy
/// of the text may use. Immutable and thread-safe: one instance can serve every thread of an app.
/// </summary>
/// <remarks>
/// Every lookup folds its key first: full-width forms, Latin case, "+"/"＋"/spaces, quotation marks and
/// traditional characters make no difference, so "2 2 n", "２＋２＋Ｎ", "“2+2+N”" and the headword
/// “2+2+N”线上线下一体化服务体系 all give entry 10.
/// </remarks>
/// <example><c>Glossary.Default.TryGet("六統一", out var entry)</c> gives entry 13, 六统一.</example>
public sealed partial class Glossary
{
    private readonly ReadOnlyCollection<GlossaryEntry> entries;
    private readonly Dictionary<int, GlossaryEntry> byNumber;
    private readonly Dictionary<string, GlossaryEntry> bySpelling;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, GlossaryEntry>.AlternateLookup<ReadOnlySpan<char>> bySpan;
#endif

    internal Glossary(
        IEnumerable<GlossaryEntry> entries,
        string? title,
        string? source,
        Func<GlossaryEntry, string, Exception> invalid)
    {
        var sorted = entries.OrderBy(entry => entry.Number).ToList();
        byNumber = new Dictionary<int, GlossaryEntry>(sorted.Count);
        bySpelling = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var entry in sorted)
        {
            if (byNumber.TryGetValue(entry.Number, out var sameNumber))
            {
                throw invalid(entry, $"entry {sameNumber.Number} ({sameNumber.Term}) has this number too");
            }

            byNumber.Add(entry.Number, entry);
            if (string.IsNullOrWhiteSpace(entry.Definition))
            {
                throw invalid(entry, "the definition is empty or blank");
            }

            if (FirstUnwritable(entry) is { } unwritable)
            {
                throw invalid(entry, unwritable);
            }

            CheckReading(entry, entry.Term, entry.Pinyin, invalid);
            foreach (var alias in entry.Aliases)
            {
                CheckReading(entry, alias.Text, alias.Pinyin, invalid);
            }

            foreach (var spelling in entry.Spellings)
            {
                var key = TextFolding.FoldKey(spelling.AsSpan());
                if (key.Length == 0)
                {
                    throw invalid(entry, $"the spelling '{spelling}' is empty once quotation marks and spaces are folded away");
                }

                if (bySpelling.TryGetValue(key, out var owner))
                {
                    if (owner != entry)
                    {
                        throw invalid(entry, $"the spelling '{spelling}' (folded: '{key}') also belongs to entry {owner.Number} ({owner.Term}); give it to one of them");
                    }

                    continue;
                }

                bySpelling.Add(key, entry);
            }
        }

        this.entries = sorted.AsReadOnly();
        Title = title;
        Source = source;
#if NET9_0_OR_GREATER
        bySpan = bySpelling.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>
    /// The glossary shipped inside this package: the 39 explanations of the 2024 Huli District
    /// government work report. Loaded once, on first use.
    /// </summary>
    /// <example><c>Glossary.Default.Entries.Count</c> is 39.</example>
    public static Glossary Default => DefaultHolder.Instance;

    /// <summary>Every entry, in number order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries => entries;

    internal string? Title { get; }

    internal string? Source { get; }

    /// <summary>The names of the glossary's place (湖里): a text that names one is about the place, and its generic spellings resolve.</summary>
    internal IReadOnlyList<string> Places { get; init; } = Array.Empty<string>();

    /// <summary>The entry with footnote number <paramref name="number"/>.</summary>
    /// <param name="number">The entry's number, 1 to 39 in the default glossary.</param>
    /// <exception cref="KeyNotFoundException">No entry has that number.</exception>
    /// <example><c>Glossary.Default[10].Term</c> is “2+2+N”线上线下一体化服务体系.</example>
    public GlossaryEntry this[int number] => byNumber.TryGetValue(number, out var entry)
        ? entry
        : throw new KeyNotFoundException($"No entry has the number {number}; numbers run from {entries.FirstOrDefault()?.Number} to {entries.LastOrDefault()?.Number}.");

    /// <summary>Puts entries built in code together into a glossary, with the validation <see cref="Load"/> applies.</summary>
    /// <param name="entries">The entries, in any order; not null, and no element null. May be empty.</param>
    /// <returns>The glossary, its entries in number order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of its elements is null.</exception>
    /// <exception cref="GlossaryFormatException">Two entries share a number or, after folding, a spelling (the message
    /// names both entries and the spelling), a spelling is only quotation marks and spaces, or a definition is blank.
    /// <see cref="GlossaryFormatException.LineNumber"/> and <see cref="GlossaryFormatException.Column"/> are 0: entries
    /// built in code have no place in a file.</exception>
    /// <remarks>A spelling is compared after folding: 六統一 in one entry and 六统一 in another clash.</remarks>
    /// <example><c>Glossary.Create([new GlossaryEntry(1, GlossaryEntryKind.Term, "五个一", GlossaryMatchRule.Always, [], "……", [], null, [])])</c></example>
    public static Glossary Create(IEnumerable<GlossaryEntry> entries) => new(CheckElements(entries), null, null, InvalidInCode);

    /// <summary>
    /// A new glossary with <paramref name="entries"/> added to this one's: an entry whose number this glossary already
    /// has replaces that entry, the others are added. This glossary is not changed.
    /// </summary>
    /// <param name="entries">The entries to add or replace; not null, and no element null. Empty gives a copy.</param>
    /// <returns>The merged glossary, validated as by <see cref="Create"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of its elements is null.</exception>
    /// <exception cref="GlossaryFormatException">Two of <paramref name="entries"/> share a number, or an entry claims a
    /// spelling (after folding) that another entry of the result keeps; the message names both entries and the spelling.</exception>
    /// <remarks>To add a district's own terms from a file: <c>Glossary.Default.With(Glossary.LoadFile("siming.json").Entries)</c>.
    /// Replacing entry 13 frees its spellings, so the new entry 13 may take 六统一 again.</remarks>
    /// <example><c>var mine = Glossary.Default.With([myEntry40]);</c> has 40 entries; <c>Glossary.Default</c> still has 39.</example>
    public Glossary With(IEnumerable<GlossaryEntry> entries)
    {
        var added = CheckElements(entries);
        var replaced = new HashSet<int>(added.Select(entry => entry.Number));
        return new Glossary(this.entries.Where(entry => !replaced.Contains(entry.Number)).Concat(added), Title, Source, InvalidInCode) { Places = Places };
    }

    /// <summary>Reads a glossary in the format of glossary.json (see glossary.schema.json) from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON; not null. A byte order mark is fine. Read to its end, not closed.</param>
    /// <returns>The glossary, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="GlossaryFormatException">The JSON is malformed, a field is missing, ill-typed or unknown,
    /// or two entries claim one spelling; the message names the 1-based line and column, the entry and the field.</exception>
    /// <remarks>Files over 16 MiB are refused rather than read into memory.</remarks>
    /// <example><c>using var s = File.OpenRead("mine.json"); var g = Glossary.Load(s);</c></example>
    public static Glossary Load(Stream utf8Json) => GlossaryReader.Read(Guard.NotNull(utf8Json), "glossary");

    /// <summary>Reads a glossary file in the format of glossary.json.</summary>
    /// <param name="path">The file's path; not null.</param>
    /// <returns>The glossary, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DirectoryNotFoundException">The file's folder does not exist.</exception>
    /// <exception cref="GlossaryFormatException">The file is not a valid glossary; the message starts with the file's
    /// name and the 1-based line and column.</exception>
    /// <example><c>Glossary.LoadFile("siming.json")</c></example>
    public static Glossary LoadFile(string path)
    {
        Guard.NotNull(path);
        using var stream = File.OpenRead(path);
        return GlossaryReader.Read(stream, Path.GetFileName(path));
    }

    /// <summary>Looks up an entry by any of its spellings.</summary>
    /// <param name="term">The spelling; not null. Folded before lookup (width, case, "+"/spaces, quotes, traditional script).</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether an entry is spelled <paramref name="term"/>; false for empty or blank text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <remarks>The match rules of running text do not apply here: "四级" gives entry 24 although the inline
    /// matcher only takes it when quoted.</remarks>
    /// <example><c>Glossary.Default.TryGet("2 2 n", out var e)</c> is true with e.Number == 10.</example>
    public bool TryGet(string term, [NotNullWhen(true)] out GlossaryEntry? entry) =>
        TryGet(Guard.NotNull(term).AsSpan(), out entry);

    /// <summary>Looks up an entry by any of its spellings, without allocating on .NET 9 and later.</summary>
    /// <param name="term">The spelling, folded before lookup.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether an entry is spelled <paramref name="term"/>; false for empty or blank text.</returns>
    /// <remarks>Terms longer than 256 characters cannot be spellings of any entry here and still fold on the heap.</remarks>
    /// <example><c>Glossary.Default.TryGet("六統一".AsSpan(), out var e)</c> is true with e.Number == 13.</example>
    public bool TryGet(ReadOnlySpan<char> term, [NotNullWhen(true)] out GlossaryEntry? entry)
    {
        var buffer = term.Length <= 256 ? stackalloc char[term.Length] : new char[term.Length];
        var length = TextFolding.FoldKey(term, buffer);
        if (length == 0)
        {
            entry = null;
            return false;
        }

#if NET9_0_OR_GREATER
        return bySpan.TryGetValue(buffer.Slice(0, length), out entry);
#else
        return bySpelling.TryGetValue(buffer.Slice(0, length).ToString(), out entry);
#endif
    }

    /// <summary>The entry spelled <paramref name="term"/>.</summary>
    /// <param name="term">The spelling; not null; folded as by <see cref="TryGet(string, out GlossaryEntry)"/>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No entry has that spelling; the message names the closest spellings and
    /// quotes the first 64 characters of <paramref name="term"/>.</exception>
    /// <example><c>Glossary.Default.Get("七办")</c> gives entry 28, 七办联动.</example>
    public GlossaryEntry Get(string term)
    {
        if (TryGet(term, out var entry))
        {
            return entry;
        }

        var closest = ClosestSpellings.Find(this, term, 3);
        var hint = closest.Count == 0
            ? string.Empty
            : " Did you mean " + string.Join(", ", closest.Select(e => $"{e.Term} ({e.Number})")) + "?";
        // A message quotes a short term whole and only the start of a long one, which may be a whole document.
        var shown = term.Length <= 64 ? term : term.Remove(char.IsHighSurrogate(term[63]) ? 63 : 64) + "…";
        throw new KeyNotFoundException($"No entry is spelled '{shown}'.{hint}");
    }

    /// <summary>Writes the glossary in the format of glossary.json.</summary>
    /// <param name="writer">The writer; not null. Use <c>JavaScriptEncoder.UnsafeRelaxedJsonEscaping</c> to keep CJK unescaped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <example><c>Glossary.Default.WriteTo(writer)</c></example>
    public void WriteTo(Utf8JsonWriter writer) => GlossaryWriter.Write(Guard.NotNull(writer), this);

    /// <summary>
    /// The first text of <paramref name="entry"/> holding a unit that no output can carry (a C0 control other than
    /// tab and line breaks, a lone surrogate, U+FFFE or U+FFFF), described for the error; null when there is none.
    /// </summary>
    /// <remarks>XML (TBX) cannot hold such units at all, and in HTML and terminals they are invisible; a glossary
    /// with one is damaged, and saying so at load beats failing halfway through an export.</remarks>
    private static string? FirstUnwritable(GlossaryEntry entry)
    {
        // Field paths are built only for the error, so a valid glossary loads without allocating here.
        if (Unwritable(entry.Term) is { } inTerm)
        {
            return Describe("term", inTerm);
        }

        if (Unwritable(entry.Definition) is { } inDefinition)
        {
            return Describe("definition", inDefinition);
        }

        if (entry.CountNote is { } note && Unwritable(note) is { } inNote)
        {
            return Describe("countNote", inNote);
        }

        for (var i = 0; i < entry.Aliases.Count; i++)
        {
            if (Unwritable(entry.Aliases[i].Text) is { } inAlias)
            {
                return Describe($"aliases[{i}].text", inAlias);
            }
        }

        for (var i = 0; i < entry.Usages.Count; i++)
        {
            if ((Unwritable(entry.Usages[i].Section) ?? Unwritable(entry.Usages[i].Sentence)) is { } inUsage)
            {
                return Describe($"usages[{i}]", inUsage);
            }
        }

        return InComponents(entry.Components, "components");

        static string? InComponents(IReadOnlyList<GlossaryComponent> components, string path)
        {
            for (var i = 0; i < components.Count; i++)
            {
                if (Unwritable(components[i].Text) is { } inText)
                {
                    return Describe($"{path}[{i}].text", inText);
                }

                if (components[i].IsGroup && InComponents(components[i].Items, $"{path}[{i}].items") is { } inItems)
                {
                    return inItems;
                }
            }

            return null;
        }

        static string Describe(string field, char unit) =>
            FormattableString.Invariant($"the {field} holds U+{(int)unit:X4}, which no output format can carry");
    }

    /// <summary>The first unit of <paramref name="text"/> that XML cannot hold (a C0 control other than tab and line
    /// breaks, a lone surrogate, U+FFFE or U+FFFF), or null.</summary>
    private static char? Unwritable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? c is not ('\t' or '\n' or '\r') : c is '\uFFFE' or '\uFFFF')
            {
                return c;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return c;
            }
        }

        return null;
    }

    private static void CheckReading(GlossaryEntry entry, string spelling, string? pinyin, Func<GlossaryEntry, string, Exception> invalid)
    {
        if (pinyin is not null && PinyinReading.Mismatch(spelling, pinyin) is { } problem)
        {
            throw invalid(entry, problem);
        }
    }

    private static List<GlossaryEntry> CheckElements(IEnumerable<GlossaryEntry> entries)
    {
        var list = new List<GlossaryEntry>();
        foreach (var entry in Guard.NotNull(entries))
        {
            list.Add(Guard.NotNull(entry, nameof(entries)));
        }

        return list;
    }

    private static GlossaryFormatException InvalidInCode(GlossaryEntry entry, string problem) =>
        new($"entry {entry.Number} ({entry.Term}): {problem}.", 0, 0, entry.Number, null);

    private static class DefaultHolder
    {
        internal static readonly Glossary Instance = LoadDefault();

        private static Glossary LoadDefault()
        {
            const string Name = "Huli.Glossary.glossary.json";
            using var stream = typeof(Glossary).Assembly.GetManifestResourceStream(Name)
                ?? throw new InvalidOperationException($"The embedded resource {Name} is missing; the package is damaged.");
            return GlossaryReader.Read(stream, "glossary.json");
        }
    }
}
