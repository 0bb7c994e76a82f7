using System.Collections.Generic;
using System.Linq;

namespace Huli.Glossary.Extraction;

/// <summary>
/// The one place where extraction constructs the public entry types, so that a change to their construction touches
/// nothing else here.
/// </summary>
internal static class EntryBuilder
{
    /// <summary>The drafts as a glossary, validated as <see cref="Glossary.Create"/> validates code's entries.</summary>
    /// <remarks>ReportExtraction has already kept each folded spelling with one entry and every text non-blank and
    /// writable, so a <see cref="GlossaryFormatException"/> here is the extractor's own bug, never the report's.</remarks>
    public static Glossary Build(IEnumerable<EntryDraft> drafts, string? title, string? source) =>
        Glossary.Create(drafts.Select(Entry), title, source);

    private static GlossaryEntry Entry(EntryDraft draft) => new()
    {
        Number = draft.Number,
        Kind = draft.IsNote ? GlossaryEntryKind.Note : GlossaryEntryKind.Term,
        Term = draft.Term,
        MatchRule = Rule(draft.Rule),
        Pinyin = draft.Pinyin,
        Aliases = draft.Aliases.Select(alias => new GlossaryAlias { Text = alias.Text, MatchRule = Rule(alias.Rule), Pinyin = alias.Pinyin }).ToList(),
        Definition = draft.Definition,
        Components = draft.Components.Select(Component).ToList(),
        Usages = draft.Usages.Select(usage => new GlossaryUsage { Section = usage.Section, Sentence = usage.Sentence }).ToList(),
    };

    private static GlossaryMatchRule Rule(RuleDraft rule) => rule.Always
        ? GlossaryMatchRule.Always
        : new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, Before = rule.Before, After = rule.After };

    private static GlossaryComponent Component(ComponentDraft draft) => new()
    {
        Text = draft.Text,
        Items = draft.Items.Select(Component).ToList(),
    };
}
