using System;
using System.Linq;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Matching;

/// <summary>One spelling the automaton knows: the entry, the text as in the data, its rule, and folded forms.</summary>
internal sealed class Spelling
{
    public Spelling(GlossaryEntry entry, string text, GlossaryMatchRule rule)
    {
        Entry = entry;
        Text = text;
        Rule = rule;
        Folded = TextFolding.FoldKey(text.AsSpan());
        Before = rule.Before.Select(word => TextFolding.FoldKey(word.AsSpan())).Where(word => word.Length > 0).ToArray();
        After = rule.After.Select(word => TextFolding.FoldKey(word.AsSpan())).Where(word => word.Length > 0).ToArray();
        Generic = rule.Generic && !entry.Shared;
        // The validator refuses a spelling that folds to nothing, so there is a first and a last character.
        StartsWithNumeral = MatchRules.IsChineseNumeral(Folded[0]);
        EndsWithNumeral = MatchRules.IsChineseNumeral(Folded[Folded.Length - 1]);
    }

    public GlossaryEntry Entry { get; }

    public string Text { get; }

    public GlossaryMatchRule Rule { get; }

    public string Folded { get; }

    /// <summary>Folded context words that may stand right before the spelling.</summary>
    public string[] Before { get; }

    /// <summary>Folded context words that may stand right after the spelling.</summary>
    public string[] After { get; }

    /// <summary>Whether the spelling needs more than itself to count: generic in the data and not of a shared concept.</summary>
    public bool Generic { get; }

    /// <summary>Whether the spelling starts with a Chinese numeral, which must not belong to a larger number, an ordinal or a date before it.</summary>
    public bool StartsWithNumeral { get; }

    /// <summary>Whether the spelling ends with a Chinese numeral, which must not belong to a larger number after it.</summary>
    public bool EndsWithNumeral { get; }
}
