using System.Collections.Generic;
using System.Linq;

namespace Huli.Glossary.Extraction;

/// <summary>
/// The one place where extraction constructs the public entry types, so that a change to their construction touches
/// nothing else here.
/// </summary>
internal static class EntryBuilder
{
    public static Glossary Build(IEnumerable<EntryDraft> drafts, string? title) =>
        new(drafts.Select(Entry), title, null, (entry, problem) => new GlossaryFormatException($"entry {entry.Number} ({entry.Term}): {problem}.", 0, 0, entry.Number, null));

    private static GlossaryEntry Entry(EntryDraft draft) => new(
        draft.Number,
        draft.IsNote ? GlossaryEntryKind.Note : GlossaryEntryKind.Term,
        draft.Term,
        Rule(draft.Rule),
        draft.Aliases.Select(alias => new GlossaryAlias(alias.Text, Rule(alias.Rule), alias.Pinyin)),
        draft.Definition,
        draft.Components.Select(Component),
        null,
        draft.Usages.Select(usage => new GlossaryUsage(usage.Section, usage.Sentence)),
        draft.Pinyin);

    private static GlossaryMatchRule Rule(RuleDraft rule) => rule.Always
        ? GlossaryMatchRule.Always
        : new GlossaryMatchRule(GlossaryMatchMode.QuotedOrContext, rule.Before, rule.After);

    private static GlossaryComponent Component(ComponentDraft draft) => new(draft.Text, draft.Items.Select(Component));
}
