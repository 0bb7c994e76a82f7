using System;
using System.Collections.Generic;
using System.Globalization;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Data;

/// <summary>
/// The one check of a glossary's content, whether it was read from a file or built in code: every problem of every
/// entry (the first <see cref="ProblemList.MaxListed"/> of them listed), each with the entry's number and the field's
/// JSON path, so a person fixes a file in one pass.
/// </summary>
internal static class GlossaryValidator
{
    public static ProblemList Validate(IReadOnlyList<GlossaryEntry> entries, string? title, string? source, IReadOnlyList<string> places)
    {
        var problems = new ProblemList();
        CheckText(problems, "$.title", null, title);
        CheckText(problems, "$.source", null, source);
        for (var p = 0; p < places.Count; p++)
        {
            var path = FormattableString.Invariant($"$.places[{p}]");
            CheckText(problems, path, null, places[p]);
            if (!string.IsNullOrWhiteSpace(places[p]) && TextFolding.FoldKey(places[p].AsSpan()).Length == 0)
            {
                // Quotation marks alone fold to nothing, and a name of nothing would be found nowhere.
                problems.Add(new(path, null, "the place name is empty once quotation marks and spaces are folded away"));
            }
        }

        var numbers = new Dictionary<int, int>();
        var owners = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var path = FormattableString.Invariant($"$.entries[{i}]");
            int? number = entry.Number > 0 ? entry.Number : null;
            if (entry.Number <= 0)
            {
                problems.Add(new(path + ".number", null, FormattableString.Invariant($"the number must be 1 or more, found {entry.Number}")));
            }
            else if (numbers.TryGetValue(entry.Number, out var first))
            {
                problems.Add(new(path + ".number", number, FormattableString.Invariant($"entry {entry.Number} ({ProblemList.Shorten(entries[first].Term)}), at index {first}, has this number too")));
            }
            else
            {
                numbers.Add(entry.Number, i);
            }

            if (entry.Kind is not (GlossaryEntryKind.Term or GlossaryEntryKind.Note))
            {
                // Only code can set an undefined value; caught here, not halfway through a later export.
                problems.Add(new(path + ".kind", number, FormattableString.Invariant($"the kind must be term or note, found the value {(int)entry.Kind}")));
            }

            var check = new EntryCheck(problems, path, number);
            check.Text("term", entry.Term);
            check.Reading("pinyin", entry.Term, entry.Pinyin);
            check.Rule("match", entry.MatchRule);
            for (var a = 0; a < entry.Aliases.Count; a++)
            {
                var alias = entry.Aliases[a];
                check.Text(Index("aliases", a) + ".text", alias.Text);
                check.Reading(Index("aliases", a) + ".pinyin", alias.Text, alias.Pinyin);
                check.Rule(Index("aliases", a) + ".match", alias.MatchRule);
            }

            check.Text("definition", entry.Definition);
            check.Components("components", entry.Components);
            check.Text("countNote", entry.CountNote);
            for (var u = 0; u < entry.Usages.Count; u++)
            {
                check.Text(Index("usages", u) + ".section", entry.Usages[u].Section);
                check.Text(Index("usages", u) + ".sentence", entry.Usages[u].Sentence);
            }

            CheckSpelling(problems, path + ".term", entry, entry.Term, owners);
            for (var a = 0; a < entry.Aliases.Count; a++)
            {
                CheckSpelling(problems, path + "." + Index("aliases", a) + ".text", entry, entry.Aliases[a].Text, owners);
            }
        }

        return problems;
    }

    private static void CheckSpelling(ProblemList problems, string path, GlossaryEntry entry, string spelling, Dictionary<string, GlossaryEntry> owners)
    {
        if (string.IsNullOrWhiteSpace(spelling))
        {
            return;
        }

        int? number = entry.Number > 0 ? entry.Number : null;
        var key = TextFolding.FoldKey(spelling.AsSpan());
        if (key.Length == 0)
        {
            problems.Add(new(path, number, $"the spelling {ProblemList.Quote(spelling)} is empty once quotation marks and spaces are folded away"));
        }
        else if (!owners.TryGetValue(key, out var owner))
        {
            owners.Add(key, entry);
        }
        else if (owner != entry)
        {
            problems.Add(new(path, number, FormattableString.Invariant($"the spelling {ProblemList.Quote(spelling)} (folded: {ProblemList.Quote(key)}) also belongs to entry {owner.Number} ({ProblemList.Shorten(owner.Term)}); give it to one of them")));
        }
    }

    private static void CheckText(ProblemList problems, string path, int? number, string? text)
    {
        if (text is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(path, number, "the text is empty or blank"));
        }
        else if (Unwritable(text) is { } unit)
        {
            problems.Add(new(path, number, FormattableString.Invariant($"the text holds U+{(int)unit:X4}, which no output format can carry")));
        }
    }

    /// <summary>
    /// The first unit of <paramref name="text"/> that XML cannot hold (a C0 control other than tab and line breaks, a
    /// lone surrogate, U+FFFE or U+FFFF), or null. XML (TBX) cannot carry such units at all, and in HTML and terminals
    /// they are invisible: a glossary with one is damaged, and saying so at load beats failing halfway through an export.
    /// </summary>
    private static char? Unwritable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? c is not ('\t' or '\n' or '\r') : c is '\uFFFE' or '\uFFFF')
            {
                return c;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return c;
            }
        }

        return null;
    }

    private static string Index(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The checks of one entry's fields, each problem placed at the entry's path plus the field's.</summary>
    private readonly struct EntryCheck(ProblemList problems, string entryPath, int? number)
    {
        public void Text(string field, string? text) => CheckText(problems, entryPath + "." + field, number, text);

        public void Reading(string field, string spelling, string? pinyin)
        {
            if (pinyin is null)
            {
                return;
            }

            if (pinyin.Length == 0 || pinyin.Contains("  ") || pinyin[0] == ' ' || pinyin[pinyin.Length - 1] == ' ')
            {
                problems.Add(new(entryPath + "." + field, number, "the syllables must be separated by single spaces, with none at either end"));
            }
            else if (!string.IsNullOrWhiteSpace(spelling) && PinyinAlignment.Mismatch(spelling, pinyin) is { } mismatch)
            {
                problems.Add(new(entryPath + "." + field, number, mismatch));
            }
        }

        public void Rule(string field, GlossaryMatchRule rule)
        {
            if (rule.Mode is not (GlossaryMatchMode.Always or GlossaryMatchMode.QuotedOrContext or GlossaryMatchMode.Never))
            {
                problems.Add(new(entryPath + "." + field + ".when", number, FormattableString.Invariant($"the rule must be always, quotedOrContext or never, found the value {(int)rule.Mode}")));
            }

            for (var w = 0; w < rule.Before.Count; w++)
            {
                Text(field + "." + Index("before", w), rule.Before[w]);
            }

            for (var w = 0; w < rule.After.Count; w++)
            {
                Text(field + "." + Index("after", w), rule.After[w]);
            }
        }

        public void Components(string field, IReadOnlyList<GlossaryComponent> components)
        {
            for (var c = 0; c < components.Count; c++)
            {
                Text(Index(field, c) + ".text", components[c].Text);
                Components(Index(field, c) + ".items", components[c].Items);
            }
        }
    }
}
