using System;
using System.Collections.Generic;
using System.Linq;
using Huli.Glossary.Data;
using Huli.Glossary.Folding;
using Huli.Glossary.Search;

namespace Huli.Glossary.Extraction;

/// <summary>What an entry's term and definition say about it: its kind, the items its definition enumerates, its
/// spellings' match rules and its reading.</summary>
internal static class EntryAnalysis
{
    /// <summary>An item longer than this is a clause, not an item of a list.</summary>
    private const int MaxItemLength = 40;

    // Verbs that make a term a statement about a figure (软件信息业实现营收翻番) rather than a name.
    private static readonly string[] FigureVerbs = ["实现", "比增", "增长", "翻番", "占全", "超过", "达到", "下降"];

    private static readonly string[] RemarkWords = ["备注", "注释", "说明"];

    /// <summary>
    /// The match rule of a spelling, by the evidence it carries on its own. A distinctive spelling (four or more
    /// characters with at least one Chinese character, or a word of five or more letters) is taken wherever it
    /// occurs; a generic one (a code of digits and "+", three characters or fewer: 135, 1+1, 六促, 四级) occurs in
    /// everyday text too, so it counts only inside quotation marks or next to the context the report gives it.
    /// </summary>
    public static RuleDraft Classify(string spelling, string? before, string? after)
    {
        var key = TextFolding.FoldKey(spelling.AsSpan()).Replace("+", string.Empty);
        var hasHan = key.Any(PinyinAlignment.IsHan);
        var hasDigit = key.Any(c => c is >= '0' and <= '9');
        var generic = hasHan ? key.Length <= 3 : hasDigit || key.Length <= 4;
        return generic
            ? new RuleDraft(false, before is null ? [] : [before], after is null ? [] : [after])
            : RuleDraft.AnyWhere;
    }

    /// <summary>Whether the entry is a note on a figure or on the text rather than the explanation of a term.</summary>
    public static bool IsNote(string term)
    {
        if (RemarkWords.Any(word => term.AsSpan().IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        if (term.Any(TextFolding.IsQuote))
        {
            return false;
        }

        // A term that lists clauses (交通物流营收、批零销售额…均占全市超四分之一) or states a change is a sentence of the body.
        var parts = TermShape.JoinedParts(term);
        return (parts.Count >= 2 && parts.Any(part => part.Length > 8)) || FigureVerbs.Any(verb => term.AsSpan().IndexOf(verb.AsSpan(), StringComparison.Ordinal) >= 0);
    }

    /// <summary>
    /// The items the definition enumerates: parts separated by ；, each a group when it has a lead (10项重难点工作-…、…)
    /// and items separated by 、; or the items of one list separated by 、, or by "+" or spaces when it has no 、.
    /// Empty when the definition is prose (an item would hold a comma or a full stop, or be longer than a clause).
    /// </summary>
    public static List<ComponentDraft> Components(string definition)
    {
        var text = definition.Trim().TrimEnd('。', '.', '；', ';');
        if (text.AsSpan().IndexOf('\n') >= 0)
        {
            return [];
        }

        var parts = SplitTopLevel(text, c => c == ';');
        if (parts.Count >= 2)
        {
            var groups = new List<ComponentDraft>();
            foreach (var part in parts)
            {
                if (!IsItem(part, allowLists: true))
                {
                    return [];
                }

                var (lead, items) = Lead(part);
                groups.Add(lead is not null && items.Count >= 2 && items.All(item => IsItem(item, false))
                    ? new ComponentDraft(lead, items.Select(Leaf).ToList())
                    : Leaf(part));
            }

            return groups;
        }

        var (_, list) = Lead(text);
        if (list.Count < 2)
        {
            list = SplitTopLevel(text, c => c == TextFolding.Separator).Where(item => item.Length >= 2).ToList();
        }

        return list.Count >= 2 && list.All(item => IsItem(item, false)) ? list.Select(Leaf).ToList() : [];
    }

    /// <summary>The term's reading from the character table, where every character has exactly one reading; null otherwise.</summary>
    public static string? Pinyin(string spelling) => PinyinReading.TableReading(spelling);

    private static ComponentDraft Leaf(string text) => new(text, []);

    /// <summary>A lead ending in a colon or dash (10项重难点工作-) and the 、-separated items after it; a null lead when there is none.</summary>
    private static (string? Lead, List<string> Items) Lead(string text)
    {
        var items = SplitTopLevel(text, c => c == '、');
        if (items.Count < 2)
        {
            return (null, []);
        }

        var first = items[0];
        var cut = first.IndexOfAny([':', '：', '-', '—']);
        if (cut > 0 && cut < first.Length - 1)
        {
            items[0] = first.Substring(cut + 1).Trim();
            return (first.Substring(0, cut).Trim(), items);
        }

        return (null, items);
    }

    private static bool IsItem(string text, bool allowLists)
    {
        var folded = ReportLines.Fold(text);
        return text.Length > 0
            && (allowLists || text.Length <= MaxItemLength)
            && folded.IndexOfAny([',', '。', '!', '?']) < 0
            && (allowLists || folded.IndexOf(':') < 0);
    }

    /// <summary>Splits at the units <paramref name="isSeparator"/> accepts (folded), outside quotes and brackets.</summary>
    private static List<string> SplitTopLevel(string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TextFolding.ClosingOf(c) != '\0' || c is '《' or '（' or '(')
            {
                depth++;
            }
            else if (TextFolding.OpeningOf(c) != '\0' || c is '》' or '）' or ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && isSeparator(TextFolding.FoldChar(c)))
            {
                parts.Add(text.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start).Trim());
        parts.RemoveAll(part => part.Length == 0);
        return parts;
    }
}
