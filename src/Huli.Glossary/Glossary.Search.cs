using System;
using System.Collections.Generic;
using System.Threading;
using Huli.Glossary.Internal;
using Huli.Glossary.Search;

namespace Huli.Glossary;

public sealed partial class Glossary
{
    // Built on the first search, not at load: most programs only look terms up.
    private SearchIndex? searchIndex;

    /// <summary>
    /// Finds the entries a person most likely means by <paramref name="query"/>, best first: the headword or
    /// an alias in any folded spelling, its beginning or a part of it, its pinyin (whole, begun, initials, or
    /// mixed with characters), a homophone typo, a near miss, a word of its items, its definition or a sentence of the report
    /// that uses it, or a longer query holding one of its spellings (六统一模式).
    /// </summary>
    /// <param name="query">What the person typed; not null. Folded like a lookup key first (width, case, "+"/spaces,
    /// quotes, traditional script, pinyin tone marks).</param>
    /// <param name="limit">The most results to return; positive. 10 by default.</param>
    /// <returns>At most <paramref name="limit"/> results, one per entry, by descending
    /// <see cref="GlossarySearchResult.Score"/>, then by kind, then by entry number, so the same query always gives
    /// the same list. Empty for empty or blank text, and for a query unrelated to the glossary (天气, 你好).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="limit"/> is zero or negative.</exception>
    /// <remarks>
    /// Each entry appears once, with its best match: 七办 is an <see cref="GlossarySearchKind.Alias"/> of 七办联动,
    /// not also its <see cref="GlossarySearchKind.Prefix"/>. The first search builds an index (a few milliseconds the first
    /// time in a process, less than one after that); then a search takes microseconds and is safe from any number of threads.
    /// </remarks>
    /// <example><c>Glossary.Default.Search("六桶一")[0]</c> is entry 13 (六统一), kind Homophone.</example>
    public IReadOnlyList<GlossarySearchResult> Search(string query, int limit = 10) =>
        Index.Search(Guard.NotNull(query), Guard.Positive(limit), prefixOnly: false, held: Scan(query));

    /// <summary>
    /// Completes what a person has begun to type: the entries a headword or alias of which begins with
    /// <paramref name="prefix"/>, in text, in pinyin (with initials and homophones), best first.
    /// </summary>
    /// <param name="prefix">The text typed so far; not null. Folded as by <see cref="Search(string, int)"/>.</param>
    /// <param name="limit">The most suggestions to return; positive. 10 by default.</param>
    /// <returns>At most <paramref name="limit"/> results in the order <see cref="Search(string, int)"/> uses; the
    /// result's <see cref="GlossarySearchResult.MatchedText"/> is the spelling to offer. Empty for empty or blank text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="limit"/> is zero or negative.</exception>
    /// <remarks>Unlike <see cref="Search(string, int)"/>, nothing inside a spelling, no typo and no definition counts:
    /// "攻坚" completes nothing, although it finds 五大攻坚战.</remarks>
    /// <example><c>Glossary.Default.Suggest("qib")[0].Entry.Term</c> is 七办联动.</example>
    public IReadOnlyList<GlossarySearchResult> Suggest(string prefix, int limit = 10) =>
        Index.Search(Guard.NotNull(prefix), Guard.Positive(limit), prefixOnly: true, held: Array.Empty<GlossaryMatch>());

    private SearchIndex Index => Volatile.Read(ref searchIndex) ?? BuildIndex();

    private SearchIndex BuildIndex()
    {
        // Two threads may both build; the index is immutable, so whichever lands first serves everyone.
        Interlocked.CompareExchange(ref searchIndex, new SearchIndex(entries), null);
        return searchIndex!;
    }

    /// <summary>The entries a person probably meant by a spelling that <see cref="TryGet(string, out GlossaryEntry)"/>
    /// did not find: those whose spellings are nearest it in edits, nearest first ("did you mean").</summary>
    /// <param name="term">The spelling that found nothing; not null. Folded first, as for lookup.</param>
    /// <param name="limit">The most entries to return; positive. 3 by default.</param>
    /// <returns>At most <paramref name="limit"/> entries, by edit distance then number; empty when every spelling needs
    /// more than half the key changed (a different word, not a typo), and for empty or blank text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="term"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="limit"/> is zero or negative.</exception>
    /// <remarks>Unlike <see cref="Search"/>, this compares spellings only, no pinyin and no definitions: it is what
    /// <see cref="Get"/> names in its message.</remarks>
    /// <example><c>Glossary.Default.Closest("六统二")[0].Number</c> is 13.</example>
    public IReadOnlyList<GlossaryEntry> Closest(string term, int limit = 3) =>
        ClosestSpellings.Find(this, Guard.NotNull(term), Guard.Positive(limit));
}
