using System;
using System.Collections.Generic;
using Huli.Glossary.Data;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Search;

/// <summary>
/// Everything search needs, folded once: each spelling's key and pinyin tokens, each entry's definition and
/// items. Immutable once built, so one index serves every thread; built on a glossary's first search.
/// </summary>
/// <remarks>
/// A query is tried against every spelling as text (equal, prefix, substring), as pinyin and homophones
/// (<see cref="MatchReading"/>), and by edit distance; then against the items and the definition. Each
/// entry keeps its best match. The scores are fixed per kind with a little room for how much of the
/// spelling the query covers, so that a whole match of a weaker kind never outranks a stronger kind.
/// </remarks>
internal sealed class SearchIndex
{
    // Longer queries are sentences, not spellings; they are still matched as text.
    private const int MaxReadingQuery = 64;

    private readonly GlossaryEntry[] entries;
    private readonly Spelling[] spellings;
    private readonly Passage[] passages;
    private readonly Dictionary<int, int> indexOf = new();

    public SearchIndex(IReadOnlyList<GlossaryEntry> entries)
    {
        this.entries = new GlossaryEntry[entries.Count];
        var spellingList = new List<Spelling>();
        var passageList = new List<Passage>();
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            this.entries[index] = entry;
            indexOf[entry.Number] = index;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            AddSpelling(index, entry.Term, entry.Pinyin, isHeadword: true);
            foreach (var alias in entry.Aliases)
            {
                AddSpelling(index, alias.Text, alias.Pinyin, isHeadword: false);
            }

            AddComponents(index, entry.Components);
            passageList.Add(new Passage(index, entry.Definition, TextFolding.FoldKey(entry.Definition.AsSpan()), GlossarySearchKind.Definition));
            foreach (var usage in entry.Usages)
            {
                passageList.Add(new Passage(index, usage.Sentence, TextFolding.FoldKey(usage.Sentence.AsSpan()), GlossarySearchKind.Usage));
            }

            void AddSpelling(int entryIndex, string text, string? pinyin, bool isHeadword)
            {
                var key = TextFolding.FoldKey(text.AsSpan());
                if (keys.Add(key))
                {
                    var tokens = PinyinReading.Tokens(text, pinyin);
                    var full = string.Concat(Array.ConvertAll(tokens, token => token.Syllables.Length > 0 ? token.Syllables[0] : string.Empty));
                    spellingList.Add(new Spelling(entryIndex, text, key, isHeadword, tokens, full));
                }
            }
        }

        spellings = spellingList.ToArray();
        passages = passageList.ToArray();

        void AddComponents(int entryIndex, IReadOnlyList<GlossaryComponent> components)
        {
            foreach (var component in components)
            {
                passageList.Add(new Passage(entryIndex, component.Text, TextFolding.FoldKey(component.Text.AsSpan()), GlossarySearchKind.Component));
                AddComponents(entryIndex, component.Items);
            }
        }
    }

    /// <summary>The entries <paramref name="query"/> matches, best first, at most <paramref name="limit"/>.</summary>
    /// <param name="query">The query, not yet folded.</param>
    /// <param name="limit">The most results to return; positive.</param>
    /// <param name="prefixOnly">For autocomplete: only matches that begin a spelling (in text, pinyin or homophones).</param>
    /// <param name="held">The glossary's matches in the query as running text (empty for autocomplete).</param>
    public IReadOnlyList<GlossarySearchResult> Search(string query, int limit, bool prefixOnly, IReadOnlyList<GlossaryMatch> held)
    {
        var key = TextFolding.FoldKey(query.AsSpan());
        if (key.Length == 0)
        {
            return Array.Empty<GlossarySearchResult>();
        }

        var best = new Candidate[entries.Length];
        var reading = key.Length <= MaxReadingQuery ? ReadingQuery.Create(key) : null;
        foreach (var spelling in spellings)
        {
            MatchSpelling(spelling, key, reading, prefixOnly, ref best[spelling.Entry]);
        }

        if (!prefixOnly && key.Length >= 2)
        {
            foreach (var passage in passages)
            {
                // string.Contains(string) is ordinal on every target.
                if (passage.Key.Contains(key))
                {
                    var coverage = (double)key.Length / passage.Key.Length;
                    var range = passage.Kind switch
                    {
                        GlossarySearchKind.Component => Scores.Component,
                        GlossarySearchKind.Definition => Scores.Definition,
                        _ => Scores.Usage,
                    };
                    Offer(ref best[passage.Entry], range.For(coverage), passage.Kind, passage.Text);
                }
            }
        }

        foreach (var match in held)
        {
            // A spelling inside a longer query: the more of the query it covers, the likelier it is what was meant.
            if (match.Length < query.Length && indexOf.TryGetValue(match.Entry.Number, out var entry))
            {
                Offer(ref best[entry], Scores.InQuery.For((double)match.Length / query.Length), GlossarySearchKind.InQuery, query.Substring(match.Start, match.Length));
            }
        }

        var results = new List<GlossarySearchResult>();
        for (var i = 0; i < best.Length; i++)
        {
            if (best[i].Text is { } text)
            {
                results.Add(new GlossarySearchResult(entries[i], best[i].Score, best[i].Kind, text));
            }
        }

        // Entries are in number order, and List.Sort is not stable: the number decides ties explicitly.
        results.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Entry.Number.CompareTo(b.Entry.Number));
        if (results.Count > limit)
        {
            results.RemoveRange(limit, results.Count - limit);
        }

        return results;
    }

    private static void MatchSpelling(Spelling spelling, string key, ReadingQuery? reading, bool prefixOnly, ref Candidate best)
    {
        if (string.Equals(key, spelling.Key, StringComparison.Ordinal))
        {
            Offer(ref best, spelling.IsHeadword ? Scores.Exact : Scores.Alias, spelling.IsHeadword ? GlossarySearchKind.Exact : GlossarySearchKind.Alias, spelling.Text);
            return;
        }

        var coverage = (double)key.Length / spelling.Key.Length;
        var textMatched = false;
        if (spelling.Key.StartsWith(key, StringComparison.Ordinal))
        {
            Offer(ref best, Scores.Prefix.For(coverage), GlossarySearchKind.Prefix, spelling.Text);
            textMatched = true;
        }
        else if (!prefixOnly && spelling.Key.Contains(key))
        {
            Offer(ref best, Scores.Substring.For(coverage), GlossarySearchKind.Substring, spelling.Text);
            textMatched = true;
        }

        if (reading is null)
        {
            return;
        }

        var readingMatched = MatchReading(spelling, reading, prefixOnly, ref best);
        if (textMatched || readingMatched || prefixOnly)
        {
            return;
        }

        // Typos: a few edits away from the spelling, in characters or in pinyin. A third of a short key, a fifth
        // of a pinyin string: enough for one slip in 六统医 or liutongyu, too little to turn 天气 into anything.
        if (key.Length >= 3 && Math.Abs(key.Length - spelling.Key.Length) <= key.Length / 3)
        {
            var distance = EditDistance.Between(key.AsSpan(), spelling.Key.AsSpan());
            if (distance <= key.Length / 3)
            {
                Offer(ref best, Scores.Fuzzy.For(1 - ((double)distance / key.Length)), GlossarySearchKind.Fuzzy, spelling.Text);
            }
        }

        var letters = reading.Letters;
        if (reading.AllLetters && letters.Length >= 5 && Math.Abs(letters.Length - spelling.FullPinyin.Length) <= letters.Length / 5)
        {
            var distance = EditDistance.Between(letters.AsSpan(), spelling.FullPinyin.AsSpan());
            if (distance <= letters.Length / 5)
            {
                Offer(ref best, Scores.Fuzzy.For(1 - ((double)distance / letters.Length)), GlossarySearchKind.Fuzzy, spelling.Text);
            }
        }
    }

    /// <summary>
    /// Pinyin, initials, mixed characters and pinyin, and homophones, in one walk: each token of the spelling
    /// takes the query's next character when it is the same character or one of the same reading, or the
    /// query's next letters when they spell the token's syllable, begin it (at the end of the query), or
    /// are its initial. The cheapest walk wins: a wrong character costs most, an initial more than a syllable.
    /// </summary>
    /// <returns>Whether the spelling matched this way.</returns>
    private static bool MatchReading(Spelling spelling, ReadingQuery query, bool prefixOnly, ref Candidate best)
    {
        var tokens = spelling.Tokens;
        var width = query.Letters.Length + 1;
        var memoLength = (tokens.Length + 1) * width;
        var memo = memoLength <= 1024 ? stackalloc Walk[memoLength] : new Walk[memoLength];
        memo.Clear();
        var matched = false;
        var starts = prefixOnly ? 1 : tokens.Length;
        for (var start = 0; start < starts; start++)
        {
            var walk = Solve(tokens, query, start, 0, memo, width);
            if (walk.State != Walk.Matched)
            {
                continue;
            }

            var covered = walk.End - start;
            var whole = start == 0 && walk.End == tokens.Length;
            var coverage = (double)covered / tokens.Length;
            var hanQuery = walk.Full == 0 && walk.Initials == 0 && walk.Partial == 0;
            double score;
            GlossarySearchKind kind;
            if (walk.Homophones > 0)
            {
                // At least as many right characters as wrong ones, or 你好 would find any two syllables ni hao.
                if (walk.Exact < walk.Homophones || (start > 0 && covered < 3))
                {
                    continue;
                }

                kind = GlossarySearchKind.Homophone;
                score = Scores.Homophone.For(whole, start == 0, coverage) - (Scores.PerExtraHomophone * (walk.Homophones - 1));
            }
            else if (hanQuery)
            {
                // Only the same characters: the text match has seen it already.
                continue;
            }
            else if (walk.Full == 0 && walk.Partial == 0)
            {
                // Initials are ambiguous: they must begin the spelling and be at least two, except while someone is
                // still typing, where the first keystroke (l, h) already offers what begins that way.
                if (start > 0 || walk.Initials + walk.Exact < (prefixOnly ? 1 : 2))
                {
                    continue;
                }

                kind = GlossarySearchKind.PinyinInitials;
                score = whole ? Scores.InitialsWhole : Scores.InitialsBegun.For(coverage);
            }
            else
            {
                if (start > 0 ? walk.Full < 2 : query.Letters.Length < 2)
                {
                    continue;
                }

                kind = GlossarySearchKind.Pinyin;
                score = Scores.Pinyin.For(whole, start == 0, coverage);
            }

            matched = true;
            Offer(ref best, score, kind, spelling.Text);
        }

        return matched;
    }

    private static Walk Solve(SearchToken[] tokens, ReadingQuery query, int token, int at, Span<Walk> memo, int width)
    {
        var letters = query.Letters;
        if (at == letters.Length)
        {
            return new Walk { State = Walk.Matched, End = (byte)token };
        }

        if (token == tokens.Length)
        {
            return new Walk { State = Walk.Failed };
        }

        ref var slot = ref memo[(token * width) + at];
        if (slot.State != Walk.Unknown)
        {
            return slot;
        }

        var best = new Walk { State = Walk.Failed };
        var current = tokens[token];
        var c = letters[at];
        if (PinyinAlignment.IsHan(c))
        {
            if (current.Character == c)
            {
                Consider(ref best, Solve(tokens, query, token + 1, at + 1, memo, width), exact: 1);
            }
            else if (current.IsHan && query.SameReading(at, current.Syllables))
            {
                Consider(ref best, Solve(tokens, query, token + 1, at + 1, memo, width), homophones: 1);
            }
        }
        else
        {
            var rest = letters.AsSpan(at);
            foreach (var syllable in current.Syllables)
            {
                if (syllable.Length == 0)
                {
                    continue;
                }

                if (rest.StartsWith(syllable.AsSpan(), StringComparison.Ordinal))
                {
                    Consider(ref best, Solve(tokens, query, token + 1, at + syllable.Length, memo, width), full: 1);
                }
                else if (rest.Length > 1 && !IsDoubleInitial(rest) && syllable.AsSpan().StartsWith(rest, StringComparison.Ordinal))
                {
                    // The query ends inside this syllable: someone still typing "liutongyi". One letter, or
                    // zh/ch/sh, is an initial, below.
                    Consider(ref best, new Walk { State = Walk.Matched, End = (byte)(token + 1) }, partial: 1);
                }

                if (current.IsHan && syllable.Length > 1 && syllable[0] == c)
                {
                    Consider(ref best, Solve(tokens, query, token + 1, at + 1, memo, width), initials: 1);
                    if (syllable.Length > 2 && syllable[1] == 'h' && rest.Length > 1 && IsDoubleInitial(rest.Slice(0, 2)))
                    {
                        // zh, ch and sh are one initial on a pinyin keyboard's double-letter schemes and in people's heads.
                        Consider(ref best, Solve(tokens, query, token + 1, at + 2, memo, width), initials: 1);
                    }
                }
            }
        }

        slot = best;
        return best;
    }

    private static bool IsDoubleInitial(ReadOnlySpan<char> letters) =>
        letters.Length == 2 && letters[1] == 'h' && letters[0] is 'z' or 'c' or 's';

    private static void Consider(ref Walk best, Walk tail, int exact = 0, int full = 0, int initials = 0, int partial = 0, int homophones = 0)
    {
        if (tail.State != Walk.Matched)
        {
            return;
        }

        tail.Exact += (byte)exact;
        tail.Full += (byte)full;
        tail.Initials += (byte)initials;
        tail.Partial += (byte)partial;
        tail.Homophones += (byte)homophones;
        if (best.State != Walk.Matched || tail.Cost < best.Cost)
        {
            best = tail;
        }
    }

    private static void Offer(ref Candidate best, double score, GlossarySearchKind kind, string text)
    {
        if (best.Text is null || score > best.Score || (score == best.Score && kind < best.Kind))
        {
            best = new Candidate(Math.Min(1, Math.Max(0, score)), kind, text);
        }
    }

    private sealed record Spelling(int Entry, string Text, string Key, bool IsHeadword, SearchToken[] Tokens, string FullPinyin);

    private sealed record Passage(int Entry, string Text, string Key, GlossarySearchKind Kind);

    /// <summary>
    /// Every score search gives, in one table: a kind's base, plus its weight times how much of the spelling the query
    /// covers (0 to 1). The order is the ranking: an exact headword beats an alias, a begun spelling beats one matched
    /// inside, pinyin beats a homophone, and any spelling match (one held in a longer query included) beats a word of a
    /// component, a definition or, last, a sentence of the report that uses the entry.
    /// </summary>
    private static class Scores
    {
        public const double Exact = 1.0;
        public const double Alias = 0.95;
        public const double InitialsWhole = 0.8;
        public const double PerExtraHomophone = 0.05;

        public static readonly Range Prefix = new(0.8, 0.1);
        public static readonly Range Substring = new(0.6, 0.2);
        public static readonly Range Fuzzy = new(0.5, 0.15);
        public static readonly Range InitialsBegun = new(0.65, 0.1);
        public static readonly Range Component = new(0.45, 0.1);
        public static readonly Range Definition = new(0.35, 0.1);
        public static readonly Range Usage = new(0.25, 0.1);

        /// <summary>A spelling inside a longer query, weighted by how much of the query it covers.</summary>
        public static readonly Range InQuery = new(0.55, 0.3);
        public static readonly Reading Pinyin = new(Whole: 0.85, Begun: new(0.7, 0.1), Inside: new(0.55, 0.1));
        public static readonly Reading Homophone = new(Whole: 0.75, Begun: new(0.6, 0.1), Inside: new(0.5, 0.1));

        public readonly record struct Range(double Base, double Weight)
        {
            public double For(double coverage) => Base + (Weight * coverage);
        }

        /// <summary>A reading's scores: the whole spelling, its beginning, or a part inside it.</summary>
        public readonly record struct Reading(double Whole, Range Begun, Range Inside)
        {
            public double For(bool whole, bool begun, double coverage) => whole ? Whole : begun ? Begun.For(coverage) : Inside.For(coverage);
        }
    }

    private readonly record struct Candidate(double Score, GlossarySearchKind Kind, string? Text);

    /// <summary>The best way to match the rest of a query from one token on, and what it took.</summary>
    private struct Walk
    {
        public const byte Unknown = 0;
        public const byte Failed = 1;
        public const byte Matched = 2;

        public byte State;
        public byte End;
        public byte Exact;
        public byte Full;
        public byte Initials;
        public byte Partial;
        public byte Homophones;

        public readonly int Cost => Initials + Partial + (3 * Homophones);
    }

    /// <summary>A folded query as the reading walk sees it: separators dropped, the readings of its characters.</summary>
    private sealed class ReadingQuery
    {
        private readonly string[]?[] readings;

        private ReadingQuery(string letters, bool allLetters)
        {
            Letters = letters;
            AllLetters = allLetters;
            readings = new string[letters.Length][];
        }

        /// <summary>The folded query without separators: "liu+tong+yi" becomes "liutongyi".</summary>
        public string Letters { get; }

        /// <summary>Whether the query is only Latin letters, so that it can be compared with a whole pinyin string.</summary>
        public bool AllLetters { get; }

        public static ReadingQuery Create(string key)
        {
            var letters = PinyinReading.LiteralKey(key.AsSpan());
            var allLetters = true;
            foreach (var c in letters)
            {
                allLetters &= c is >= 'a' and <= 'z';
            }

            return new ReadingQuery(letters, allLetters);
        }

        public bool SameReading(int at, string[] syllables)
        {
            var mine = readings[at] ??= CharacterReadings.Of(Letters[at]);
            foreach (var reading in mine)
            {
                if (Array.IndexOf(syllables, reading) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
