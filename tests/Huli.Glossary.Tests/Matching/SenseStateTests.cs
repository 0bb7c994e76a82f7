using Huli.Glossary.Matching;

namespace Huli.Glossary.Tests.Matching;

/// <summary>When two scans' sense of their texts lead them to the same matches from a place on.</summary>
public class SenseStateTests
{
    [Fact]
    public void States_that_both_give_the_text_context_agree_however_they_came_to_it()
    {
        var named = new SenseState(GlossaryScanOptions.Precise);
        named.NotePlace();
        var ownTerms = new SenseState(GlossaryScanOptions.Precise);
        ownTerms.Note(Own(13), GlossaryEvidence.DistinctiveSpelling);
        ownTerms.Note(Own(28), GlossaryEvidence.DistinctiveSpelling);

        named.Agrees(ownTerms).Should().BeTrue();
        ownTerms.Agrees(named).Should().BeTrue();
    }

    [Fact]
    public void A_state_one_own_term_short_of_context_agrees_only_with_the_same_state()
    {
        var fresh = new SenseState(GlossaryScanOptions.Precise);
        var one = new SenseState(GlossaryScanOptions.Precise);
        one.Note(Own(13), GlossaryEvidence.DistinctiveSpelling);
        var same = new SenseState(GlossaryScanOptions.Precise);
        same.Note(Own(13), GlossaryEvidence.DistinctiveSpelling);
        var other = new SenseState(GlossaryScanOptions.Precise);
        other.Note(Own(28), GlossaryEvidence.DistinctiveSpelling);

        // A second own term gives `one` context, and `other` none if it is entry 28 again.
        fresh.Agrees(one).Should().BeFalse();
        one.Agrees(same).Should().BeTrue();
        one.Agrees(other).Should().BeFalse();
        fresh.Agrees(new SenseState(GlossaryScanOptions.Precise)).Should().BeTrue();
    }

    [Fact]
    public void States_that_ask_for_different_confidence_or_differ_in_what_the_caller_said_never_agree()
    {
        var precise = new SenseState(GlossaryScanOptions.Precise);
        precise.NotePlace();
        var lenient = new SenseState(GlossaryScanOptions.Lenient);
        lenient.NotePlace();
        var local = new SenseState(new GlossaryScanOptions { AboutGlossaryPlace = true });

        precise.Agrees(lenient).Should().BeFalse();
        precise.Agrees(local).Should().BeFalse();
        local.Agrees(new SenseState(new GlossaryScanOptions { AboutGlossaryPlace = true })).Should().BeTrue();
    }

    private static Spelling Own(int number)
    {
        var entry = Glossary.Default[number];
        return new Spelling(entry, entry.Term, entry.MatchRule);
    }
}
