using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Matching;

/// <summary>
/// One trie over every spelling of every entry, whose alphabet is the folded text: each UTF-16 unit of the
/// input maps straight to a character class through one table, so the matcher reads the caller's text in
/// place and its offsets are offsets into that text. See DESIGN.md for why a trie walked from each
/// candidate start, not an Aho–Corasick automaton with failure links.
/// </summary>
/// <remarks>Immutable once built; safe to share between threads.</remarks>
internal sealed partial class MatchAutomaton
{
    private const ushort NoClass = 0;
    private const ushort IgnorableClass = 1;
    private const ushort SeparatorClass = 2;
    private const int Dead = -1;

    // Folding and alphabet in one lookup: code unit → class of its fold.
    private readonly ushort[] classOf;

    // The root's transitions, dense because every candidate start goes through them.
    private readonly int[] rootNext;

    // Every other state's transitions, sparse: most states of a trie of words have one child.
    private readonly int[] edgeStart;
    private readonly ushort[] edgeClass;
    private readonly int[] edgeTarget;

    // The spellings that end in each state, those that always match first; null where none ends.
    private readonly Spelling[]?[] accepting;

    // The states where a name of the glossary's place ends: reaching one tells the scan the text is about the place.
    private readonly bool[] placeEnds;

    // The prefilter looks at two code units at a time, through one table: the low five bits of pairs[unit] name
    // the root transition the unit takes as a first unit (group 0: none), and bit (GroupShift + g) is set when
    // the unit can follow a first unit of group g (quotes and spaces can follow any). One read per unit, and
    // most text fails the test without a branch taken.
    private const int GroupShift = 5;
    private const int MaxGroup = 26;
    private readonly uint[] pairs;

    // A coarser first pass over a table a quarter the size, which stays in the fastest caches: bit 0 is set for
    // a unit that starts any group, bit 1 for a unit that can follow any. Only pairs passing it read pairs[].
    private readonly byte[] coarse;

#if NET8_0_OR_GREATER
    // The same test many positions at a time, where the processor allows; null elsewhere.
    private readonly VectorPrefilter? vector;
#endif

    private MatchAutomaton(
        ushort[] classOf, int[] rootNext, int[] edgeStart, ushort[] edgeClass, int[] edgeTarget, Spelling[]?[] accepting, bool[] placeEnds, int maxRawLength, int maxContextLength)
    {
        this.classOf = classOf;
        this.rootNext = rootNext;
        this.edgeStart = edgeStart;
        this.edgeClass = edgeClass;
        this.edgeTarget = edgeTarget;
        this.accepting = accepting;
        this.placeEnds = placeEnds;
        MaxRawLength = maxRawLength;
        MaxContextLength = maxContextLength;

        pairs = BuildPrefilter(classOf, rootNext);
        coarse = Array.ConvertAll(pairs, pair => (byte)(((pair & 31) != 0 ? 1 : 0) | ((pair >> (GroupShift + 1)) != 0 ? 2 : 0)));
#if NET8_0_OR_GREATER
        var firsts = new List<char>();
        var seconds = new List<char>();
        for (var unit = 0; unit < coarse.Length; unit++)
        {
            if ((coarse[unit] & 1) != 0)
            {
                firsts.Add((char)unit);
            }

            if ((coarse[unit] & 2) != 0)
            {
                seconds.Add((char)unit);
            }
        }

        // A glossary whose spellings may be followed by anything (one-unit spellings, more groups than bits) has
        // nothing for a Bloom filter of followers to filter.
        vector = seconds.Count <= 4096 ? VectorPrefilter.TryCreate(firsts, seconds) : null;
#endif
    }

    /// <summary>
    /// The most code units a match may span: its folded length plus the quotes and spaces inside it, capped so
    /// a scan of a stream needs a bounded look-ahead (a term broken by a run of 30 spaces is no longer a term).
    /// </summary>
    public int MaxRawLength { get; }

    /// <summary>The most code units the rules read before or after a match (context words, quotes, digits).</summary>
    public int MaxContextLength { get; }

    public static MatchAutomaton Build(IEnumerable<GlossaryEntry> entries, IEnumerable<string> places)
    {
        // The validator refuses a place that folds to nothing, as it refuses such a spelling.
        var placeKeys = places.Select(place => TextFolding.FoldKey(place.AsSpan())).ToList();
        var spellings = new List<Spelling>();
        foreach (var entry in entries)
        {
            spellings.AddRange(entry.MatchableSpellings.Select(spelling => new Spelling(entry, spelling.Text, spelling.Rule)));
        }

        var foldedClass = new Dictionary<char, ushort>();
        foreach (var c in spellings.SelectMany(s => s.Folded).Concat(placeKeys.SelectMany(key => key)).Where(c => c != TextFolding.Separator).Distinct())
        {
            foldedClass.Add(c, (ushort)(SeparatorClass + 1 + foldedClass.Count));
        }

        var classCount = SeparatorClass + 1 + foldedClass.Count;
        var classOf = new ushort[0x10000];
        for (var unit = 0; unit < classOf.Length; unit++)
        {
            var folded = TextFolding.FoldChar((char)unit);
            classOf[unit] = folded switch
            {
                TextFolding.Ignorable => IgnorableClass,
                TextFolding.Separator => SeparatorClass,
                _ => foldedClass.TryGetValue(folded, out var cls) ? cls : NoClass,
            };
        }

        var children = new List<Dictionary<ushort, int>> { new() };
        var ending = new List<List<Spelling>?> { null };
        foreach (var spelling in spellings)
        {
            (ending[Insert(spelling.Folded)] ??= new List<Spelling>()).Add(spelling);
        }

        var placeStates = placeKeys.Select(Insert).ToList();

        var rootNext = Enumerable.Repeat(Dead, classCount).ToArray();
        foreach (var pair in children[0])
        {
            rootNext[pair.Key] = pair.Value;
        }

        var edgeStart = new int[children.Count + 1];
        var edgeClass = new List<ushort>();
        var edgeTarget = new List<int>();
        for (var state = 0; state < children.Count; state++)
        {
            edgeStart[state] = edgeClass.Count;
            foreach (var pair in children[state])
            {
                edgeClass.Add(pair.Key);
                edgeTarget.Add(pair.Value);
            }
        }

        edgeStart[children.Count] = edgeClass.Count;
        var accepting = ending
            .Select(list => list?.OrderBy(s => s.Rule.Mode == GlossaryMatchMode.Always ? 0 : 1).ToArray())
            .ToArray();
        var placeEnds = new bool[children.Count];
        foreach (var state in placeStates)
        {
            placeEnds[state] = true;
        }

        var maxFolded = spellings.Select(s => s.Folded.Length).Concat(placeKeys.Select(key => key.Length)).DefaultIfEmpty(1).Max();
        var maxContext = spellings.SelectMany(s => s.Before.Concat(s.After)).Select(w => w.Length).DefaultIfEmpty(0).Max();
        return new MatchAutomaton(
            classOf,
            rootNext,
            edgeStart,
            edgeClass.ToArray(),
            edgeTarget.ToArray(),
            accepting,
            placeEnds,
            maxRawLength: (maxFolded * 2) + 32,
            // A context word and the marks that may stand between it and the match; the other rules read at most two units
            // either side (1,5 and 星期六), fewer than the marks.
            maxContextLength: maxContext + MatchRules.MaxSkippedQuotes);

        // Adds a folded key to the trie and returns the state where it ends.
        int Insert(string key)
        {
            var state = 0;
            foreach (var c in key)
            {
                var cls = c == TextFolding.Separator ? SeparatorClass : foldedClass[c];
                if (!children[state].TryGetValue(cls, out var next))
                {
                    next = children.Count;
                    children.Add(new Dictionary<ushort, int>());
                    ending.Add(null);
                    children[state].Add(cls, next);
                }

                state = next;
            }

            return state;
        }
    }

    /// <summary>
    /// Finds the leftmost match that starts in [<paramref name="from"/>, <paramref name="stopAt"/>), and of those
    /// starting there the longest whose rule accepts it on evidence as sure as <paramref name="state"/> asks. Text past
    /// <paramref name="stopAt"/> is read only as look-ahead. Names of the place and the glossary's own terms met on the
    /// way are noted in <paramref name="state"/>, for the matches after them.
    /// </summary>
    /// <param name="text">The text, or a window of a stream.</param>
    /// <param name="from">Where to start looking.</param>
    /// <param name="stopAt">Where matches may no longer start.</param>
    /// <param name="minStart">How far back a match may widen to take in its opening quote.</param>
    /// <param name="state">What the scan knows of the text before <paramref name="from"/>; updated.</param>
    /// <param name="start">The match's start.</param>
    /// <param name="end">The match's end (exclusive).</param>
    /// <param name="spelling">The spelling matched.</param>
    /// <param name="evidence">Why it counts.</param>
    public bool TryFindNext(
        ReadOnlySpan<char> text, int from, int stopAt, int minStart, ref SenseState state, out int start, out int end, out Spelling? spelling, out GlossaryEvidence evidence)
    {
        var last = Math.Min(stopAt, text.Length - 1);
        var cursor = default(CandidateCursor);
        for (var position = NextCandidate(text, from, last, ref cursor); position < last; position = NextCandidate(text, position + 1, last, ref cursor))
        {
            if (TryMatchAt(text, position, ref state, out end, out spelling, out evidence))
            {
                (start, end) = MatchRules.Balance(text, position, end, minStart);
                return true;
            }
        }

        // The final unit of the text has no second unit to test.
        if (last >= from && last < stopAt && TryMatchAt(text, last, ref state, out end, out spelling, out evidence))
        {
            start = last;
            return true;
        }

        start = end = 0;
        spelling = null;
        evidence = default;
        return false;
    }

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="last"/>) whose two units pass the prefilter, or
    /// <paramref name="last"/>. <paramref name="cursor"/> carries the vector search's block from one call to the next of
    /// the same text; a call with a new text starts with the default.</summary>
    /// <remarks>The scan's hot loop: one table read per unit of ordinary text and no taken branch, without bounds checks
    /// (every index is a UTF-16 unit into a 65,536-entry table, and <paramref name="last"/> keeps position + 1 in the text).
    /// Group 0 tests bit <see cref="GroupShift"/>, which no entry sets.</remarks>
    internal int NextCandidate(ReadOnlySpan<char> text, int from, int last, ref CandidateCursor cursor)
    {
#if NET8_0_OR_GREATER
        if (vector is not null && vector.TryFind(text, ref from, last, pairs, GroupShift, ref cursor))
        {
            return from;
        }

#endif
        return NextCandidateScalar(text, from, last);
    }

    /// <summary>The instructions this processor's vector prefilter reads with ("AVX-512", "shuffle"), or null where
    /// <see cref="NextCandidate"/> has none and runs the scalar loop alone.</summary>
#if NET8_0_OR_GREATER
    internal string? VectorPrefilterInstructions => vector?.Instructions;
#else
    internal static string? VectorPrefilterInstructions => null;
#endif

    /// <summary>What <see cref="NextCandidate"/> finds, one unit at a time: the path of every processor without a
    /// vector prefilter, and of every text's last units.</summary>
    internal int NextCandidateScalar(ReadOnlySpan<char> text, int from, int last)
    {
        // Reads the unit at `from`, which an empty text lacks.
        if (from >= last)
        {
            return last;
        }

        ref var units = ref MemoryMarshal.GetReference(text);
        ref var rough = ref MemoryMarshal.GetReference(coarse.AsSpan());
        ref var table = ref MemoryMarshal.GetReference(pairs.AsSpan());
        var first = (uint)Unsafe.Add(ref rough, (int)Unsafe.Add(ref units, from));
        for (var position = from; position < last; position++)
        {
            var second = (uint)Unsafe.Add(ref rough, (int)Unsafe.Add(ref units, position + 1));
            if ((first & (second >> 1) & 1) != 0)
            {
                var group = Unsafe.Add(ref table, (int)Unsafe.Add(ref units, position)) & 31;
                if (((1u << (int)(group + GroupShift)) & Unsafe.Add(ref table, (int)Unsafe.Add(ref units, position + 1))) != 0)
                {
                    return position;
                }
            }

            first = second;
        }

        return last;
    }

    private bool TryMatchAt(ReadOnlySpan<char> text, int start, ref SenseState state, out int end, out Spelling? spelling, out GlossaryEvidence evidence)
    {
        end = 0;
        spelling = null;
        evidence = default;
        var namesPlace = false;
        var walk = 0;
        var afterSeparator = false;
        var limit = Math.Min(text.Length, start + MaxRawLength);
        for (var i = start; i < limit; i++)
        {
            var cls = classOf[text[i]];
            if (cls == IgnorableClass)
            {
                continue;
            }

            if (cls == SeparatorClass)
            {
                // A run of spaces and plus signs folds to one separator.
                if (afterSeparator)
                {
                    continue;
                }

                afterSeparator = true;
            }
            else
            {
                afterSeparator = false;
            }

            walk = walk == 0 ? rootNext[cls] : Next(walk, cls);
            if (walk == Dead)
            {
                break;
            }

            namesPlace |= placeEnds[walk];
            if (accepting[walk] is { } candidates)
            {
                // Longer wins, so a later accepted ending replaces an earlier one.
                foreach (var candidate in candidates)
                {
                    if (MatchRules.Accepts(text, start, i + 1, candidate, in state, out var why))
                    {
                        end = i + 1;
                        spelling = candidate;
                        evidence = why;
                        break;
                    }
                }
            }
        }

        // What this position tells about the text counts from the next position on, never for itself.
        if (namesPlace)
        {
            state.NotePlace();
        }

        if (spelling is null)
        {
            return false;
        }

        state.Note(spelling, evidence);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int state, ushort cls)
    {
        for (var edge = edgeStart[state]; edge < edgeStart[state + 1]; edge++)
        {
            if (edgeClass[edge] == cls)
            {
                return edgeTarget[edge];
            }
        }

        return Dead;
    }

    private uint[] BuildPrefilter(ushort[] classes, int[] root)
    {
        // Groups 1..MaxGroup each stand for one root transition. A glossary with more distinct first characters
        // shares the last group among the rest, and that group then lets any second unit through. Classes no key starts
        // with (no class, quotes, spaces among them) keep group 0.
        var groupOfClass = new uint[root.Length];
        var groups = 0;
        for (var cls = 0; cls < root.Length; cls++)
        {
            if (root[cls] != Dead)
            {
                groups++;
                groupOfClass[cls] = (uint)Math.Min(groups, MaxGroup);
            }
        }

        var anySecond = groups >= MaxGroup ? 1u << (GroupShift + MaxGroup) : 0u;
        var followedBy = new uint[root.Length];
        for (var cls = 0; cls < root.Length; cls++)
        {
            if (groupOfClass[cls] == 0 || groupOfClass[cls] == MaxGroup)
            {
                continue;
            }

            var bit = 1u << (int)(GroupShift + groupOfClass[cls]);
            var state = root[cls];
            if (accepting[state] is not null || placeEnds[state])
            {
                // A one-unit spelling needs no second unit at all.
                anySecond |= bit;
            }

            for (var edge = edgeStart[state]; edge < edgeStart[state + 1]; edge++)
            {
                followedBy[edgeClass[edge]] |= bit;
            }
        }

        var everyGroup = ~0u << (GroupShift + 1);
        var table = new uint[0x10000];
        for (var unit = 0; unit < table.Length; unit++)
        {
            var cls = classes[unit];
            var follows = anySecond | (cls is IgnorableClass or SeparatorClass ? everyGroup : followedBy[cls]);
            table[unit] = groupOfClass[cls] | follows;
        }

        return table;
    }
}
