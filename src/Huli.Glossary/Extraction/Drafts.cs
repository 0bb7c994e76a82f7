using System.Collections.Generic;

namespace Huli.Glossary.Extraction;

// The extractor's own view of an entry, independent of how the public types are constructed: only EntryBuilder
// turns these into GlossaryEntry and friends.

/// <summary>An entry as the section writes it: its position, the line it starts on, its term and definition.</summary>
internal sealed record SectionEntry(int Number, int Line, string Term, string Definition);

/// <summary>A spelling's rule: always, or only when quoted or next to one of the context words.</summary>
internal sealed record RuleDraft(bool Always, IReadOnlyList<string> Before, IReadOnlyList<string> After)
{
    public static RuleDraft AnyWhere { get; } = new(true, [], []);
}

internal sealed record AliasDraft(string Text, RuleDraft Rule, string? Pinyin);

internal sealed record ComponentDraft(string Text, IReadOnlyList<ComponentDraft> Items);

internal sealed record UsageDraft(string Section, string Sentence);

internal sealed record EntryDraft(
    int Number,
    bool IsNote,
    string Term,
    RuleDraft Rule,
    string? Pinyin,
    IReadOnlyList<AliasDraft> Aliases,
    string Definition,
    IReadOnlyList<ComponentDraft> Components,
    IReadOnlyList<UsageDraft> Usages);
