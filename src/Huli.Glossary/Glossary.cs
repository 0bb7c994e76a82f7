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

    private Glossary(IReadOnlyList<GlossaryEntry> entries, string? title, string? source, IReadOnlyList<string> places)
    {
        var sorted = entries.OrderBy(entry => entry.Number).ToList();
        byNumber = new Dictionary<int, GlossaryEntry>(sorted.Count);
        bySpelling = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var entry in sorted)
        {
            byNumber.Add(entry.Number, entry);
            foreach (var spelling in entry.Spellings)
            {
                // The validator has made sure that a spelling folding like another belongs to the same entry.
                bySpelling[TextFolding.FoldKey(spelling.AsSpan())] = entry;
            }
        }

        this.entries = sorted.AsReadOnly();
        Title = title;
        Source = source;
        Places = places;
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

    /// <summary>The glossary's title (glossary.json's <c>title</c>), which exports write as their heading; null when it has none.</summary>
    /// <example><c>Glossary.Default.Title</c> is 湖里区2024年政府工作报告 名词解释.</example>
    public string? Title { get; }

    /// <summary>The document the glossary was taken from, as a citation (glossary.json's <c>source</c>); null when not given.</summary>
    public string? Source { get; }

    /// <summary>
    /// The names of the glossary's place (glossary.json's <c>places</c>): a text that names one before a generic
    /// spelling is about the place, so the spelling counts there without its context word. Empty when not given.
    /// </summary>
    /// <remarks>Names are folded like spellings and found wherever they stand, even inside a longer word.</remarks>
    /// <example><c>Glossary.Default.Places</c> is ["湖里"]: 厦门 is not among them, since the Fujian provincial report names it without being about Huli.</example>
    public IReadOnlyList<string> Places { get; }

    /// <summary>The entry with footnote number <paramref name="number"/>.</summary>
    /// <param name="number">The entry's number, 1 to 39 in the default glossary.</param>
    /// <exception cref="KeyNotFoundException">No entry has that number.</exception>
    /// <example><c>Glossary.Default[10].Term</c> is “2+2+N”线上线下一体化服务体系.</example>
    public GlossaryEntry this[int number] => byNumber.TryGetValue(number, out var entry)
        ? entry
        : throw new KeyNotFoundException($"No entry has the number {number}; numbers run from {entries.FirstOrDefault()?.Number} to {entries.LastOrDefault()?.Number}.");

    /// <summary>Looks up the entry with footnote number <paramref name="number"/>.</summary>
    /// <param name="number">The entry's number; any value (0 and negative numbers find nothing).</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether an entry has that number.</returns>
    /// <example><c>Glossary.Default.TryGet(13, out var e)</c> is true with e.Term == "六统一"; <c>TryGet(40, out _)</c> is false.</example>
    public bool TryGet(int number, [NotNullWhen(true)] out GlossaryEntry? entry) => byNumber.TryGetValue(number, out entry);

    /// <summary>Puts entries built in code together into a glossary, with the validation <see cref="Load"/> applies.</summary>
    /// <param name="entries">The entries, in any order; not null, and no element null. May be empty.</param>
    /// <param name="title">The glossary's title, which exports write as their heading; null for none.</param>
    /// <param name="source">The document the entries come from, as a citation; null for none.</param>
    /// <param name="places">The names of the glossary's place (see <see cref="Places"/>); null for none. Copied.</param>
    /// <returns>The glossary, its entries in number order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, one of its elements or one of <paramref name="places"/> is null.</exception>
    /// <exception cref="GlossaryFormatException">Anything <see cref="Load"/> would refuse in a file: a number below 1,
    /// two entries with one number or, after folding, one spelling, a blank text, a reading that does not fit its
    /// spelling, a place that is blank once folded. <see cref="GlossaryFormatException.Problems"/> lists every problem (up to 100, then how many more), each with the entry's number and
    /// the field's path; their line and column are 0, as entries built in code have no place in a file.</exception>
    /// <remarks>A spelling is compared after folding: 六統一 in one entry and 六统一 in another clash.</remarks>
    /// <example><c>Glossary.Create([new GlossaryEntry { Number = 1, Term = "五个一", Definition = "……" }], title: "思明区名词解释")</c></example>
    public static Glossary Create(IEnumerable<GlossaryEntry> entries, string? title = null, string? source = null, IEnumerable<string>? places = null) =>
        Validated(CheckElements(entries), title, source, CheckPlaces(places));

    /// <summary>
    /// A new glossary with <paramref name="entries"/> added to this one's: an entry whose number this glossary already
    /// has replaces that entry, the others are added. This glossary is not changed.
    /// </summary>
    /// <param name="entries">The entries to add or replace; not null, and no element null. Empty gives a copy.</param>
    /// <param name="title">The new glossary's title, or null to keep this one's.</param>
    /// <param name="source">The new glossary's source, or null to keep this one's.</param>
    /// <param name="places">The new glossary's names of its place (see <see cref="Places"/>), or null to keep this one's. Copied.</param>
    /// <returns>The merged glossary, validated as by <see cref="Create"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, one of its elements or one of <paramref name="places"/> is null.</exception>
    /// <exception cref="GlossaryFormatException">Two of <paramref name="entries"/> share a number, an entry claims a
    /// spelling (after folding) that another entry of the result keeps, or anything else <see cref="Create"/> refuses;
    /// every problem is listed, with paths into the merged list of entries.</exception>
    /// <remarks>To add a district's own terms from a file, under its own title:
    /// <c>var siming = Glossary.LoadFile("siming.json"); Glossary.Default.With(siming.Entries, siming.Title, siming.Source, siming.Places)</c>.
    /// Replacing entry 13 frees its spellings, so the new entry 13 may take 六统一 again.</remarks>
    /// <example><c>var mine = Glossary.Default.With([myEntry40]);</c> has 40 entries; <c>Glossary.Default</c> still has 39.</example>
    public Glossary With(IEnumerable<GlossaryEntry> entries, string? title = null, string? source = null, IEnumerable<string>? places = null)
    {
        var added = CheckElements(entries);
        var replaced = new HashSet<int>(added.Select(entry => entry.Number));
        var merged = this.entries.Where(entry => !replaced.Contains(entry.Number)).Concat(added).ToList();
        return Validated(merged, title ?? Title, source ?? Source, places is null ? Places : CheckPlaces(places));
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

        var closest = Closest(term);
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

    private static List<GlossaryEntry> CheckElements(IEnumerable<GlossaryEntry> entries)
    {
        var list = new List<GlossaryEntry>();
        foreach (var entry in Guard.NotNull(entries))
        {
            list.Add(Guard.NotNull(entry, nameof(entries)));
        }

        return list;
    }

    private static IReadOnlyList<string> CheckPlaces(IEnumerable<string>? places) => Frozen.List(places, nameof(places));

    /// <summary>A glossary of entries the validator has passed; the reader's way in, which has validated them itself.</summary>
    internal static Glossary FromValidated(IReadOnlyList<GlossaryEntry> entries, string? title, string? source, IReadOnlyList<string> places) =>
        new(entries, title, source, places);

    private static Glossary Validated(List<GlossaryEntry> entries, string? title, string? source, IReadOnlyList<string> places)
    {
        var problems = GlossaryValidator.Validate(entries, title, source, places);
        return problems.Count > 0 ? throw new GlossaryFormatException(problems.ToList()) : new Glossary(entries, title, source, places);
    }

    private static class DefaultHolder
    {
        internal static readonly Glossary Instance = LoadDefault();

        private static Glossary LoadDefault()
        {
            const string Name = "Huli.Glossary.glossary.json";
            using var stream = typeof(Glossary).Assembly.GetManifestResourceStream(Name)
                ?? throw new InvalidOperationException($"The embedded resource {Name} is missing; the package is damaged.");
            return GlossaryReader.ReadEmbedded(stream, "glossary.json");
        }
    }
}
