namespace Huli.Glossary.Matching;

/// <summary>
/// Where a vector search for candidates stopped: the block it was in and the block's positions that passed the Bloom
/// filters but were not yet given the exact test. Most candidates then fail in the trie a unit or two on, and the search
/// for the next one starts inside the same block: it goes on from these bits instead of testing the block again.
/// </summary>
/// <remarks>Belongs to one search of one text. The default holds no block: it ends at 0, before every position.</remarks>
internal readonly struct CandidateCursor(int blockEnd, ulong pending)
{
    /// <summary>The position after the block's last.</summary>
    public int BlockEnd { get; } = blockEnd;

    /// <summary>A bit per position of the block, from its first: set where it passed the filters and awaits the exact test.</summary>
    public ulong Pending { get; } = pending;
}
