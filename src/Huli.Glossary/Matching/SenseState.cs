namespace Huli.Glossary.Matching;

/// <summary>
/// What a scan knows about its text so far: how sure a match must be, whether the caller said the text is about the
/// glossary's place, whether the text has named the place, and which of the glossary's own distinctive terms it has used.
/// Only what came before a position counts, so a stream and a string of the same text give the same matches.
/// </summary>
internal struct SenseState
{
    /// <summary>How many different own terms, found by their distinctive spellings, make a text the glossary's.</summary>
    public const int OwnTermsForContext = 2;

    private readonly bool callerSaysLocal;
    private bool namedPlace;
    private ulong ownTerms;
    private int ownTermCount;

    public SenseState(GlossaryScanOptions options)
    {
        MinConfidence = options.MinConfidence;
        callerSaysLocal = options.AboutGlossaryPlace;
        namedPlace = false;
        ownTerms = 0;
        ownTermCount = 0;
    }

    public double MinConfidence { get; }

    /// <summary>The evidence the text as a whole gives a generic spelling, or null when it gives none (yet).</summary>
    public readonly GlossaryEvidence? Context =>
        callerSaysLocal ? GlossaryEvidence.Caller
        : namedPlace || ownTermCount >= OwnTermsForContext ? GlossaryEvidence.DocumentContext
        : null;

    /// <summary>Whether a scan from here finds the same matches with this state as with <paramref name="other"/>: both give
    /// the text context, which they keep, or they are the same.</summary>
    public readonly bool Agrees(in SenseState other) =>
        MinConfidence == other.MinConfidence && callerSaysLocal == other.callerSaysLocal
        && ((Context is not null && other.Context is not null)
            || (namedPlace == other.namedPlace && ownTerms == other.ownTerms && ownTermCount == other.ownTermCount));

    public void NotePlace() => namedPlace = true;

    /// <summary>Counts an accepted match towards document context when it is one of the glossary's own terms, named distinctively.</summary>
    public void Note(Spelling spelling, GlossaryEvidence evidence)
    {
        if (evidence != GlossaryEvidence.DistinctiveSpelling || spelling.Entry.Shared)
        {
            return;
        }

        // Entries are told apart by number modulo 64: in a glossary of more than 64 entries, two may count as one.
        var seen = ownTerms;
        ownTerms |= 1UL << (spelling.Entry.Number & 63);
        if (ownTerms != seen)
        {
            ownTermCount++;
        }
    }
}
