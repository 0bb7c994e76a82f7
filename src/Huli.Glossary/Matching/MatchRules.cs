using System;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Matching;

/// <summary>
/// Whether a place where the automaton reached a spelling counts as a use of it: the word-boundary rules
/// every spelling obeys, then the spelling's own rule from the data.
/// </summary>
internal static class MatchRules
{
    /// <summary>How many quotation marks or spaces may stand between a spelling and its context word (福建“十五条”, 135 培养机制).</summary>
    public const int MaxSkippedQuotes = 4;

    /// <summary>
    /// Whether a spelling found at [<paramref name="start"/>, <paramref name="end"/>) counts, and on what evidence:
    /// boundaries first, then the spelling's rule, then whether the evidence is as sure as <paramref name="state"/> asks.
    /// </summary>
    public static bool Accepts(ReadOnlySpan<char> text, int start, int end, Spelling spelling, in SenseState state, out GlossaryEvidence evidence)
    {
        evidence = default;
        if (!RespectsBoundaries(text, start, end, spelling))
        {
            return false;
        }

        var generic = spelling.Generic;
        switch (spelling.Rule.Mode)
        {
            case GlossaryMatchMode.Always:
                evidence = !generic ? GlossaryEvidence.DistinctiveSpelling
                    : HasContext(text, start, end, spelling) ? GlossaryEvidence.ContextWord
                    : state.Context ?? GlossaryEvidence.SpellingOnly;
                break;
            case GlossaryMatchMode.QuotedOrContext when HasContext(text, start, end, spelling):
                evidence = GlossaryEvidence.ContextWord;
                break;
            case GlossaryMatchMode.QuotedOrContext when IsQuoted(text, start, end):
                evidence = generic ? state.Context ?? GlossaryEvidence.Quotes : GlossaryEvidence.Quotes;
                break;
            default:
                return false;
        }

        return ConfidenceOf(evidence, generic) >= state.MinConfidence;
    }

    /// <summary>How sure a kind of evidence makes a match; quotation marks are strong only where the spelling asks for no more.</summary>
    public static double ConfidenceOf(GlossaryEvidence evidence, bool generic) => evidence switch
    {
        GlossaryEvidence.DistinctiveSpelling => 0.95,
        GlossaryEvidence.ContextWord => 0.9,
        GlossaryEvidence.DocumentContext or GlossaryEvidence.Caller => 0.85,
        GlossaryEvidence.Quotes => generic ? 0.5 : 0.8,
        _ => 0.3,
    };

    /// <summary>
    /// Digits never match inside a longer number (131 in 1315, 2131, 13.5 or 1,310), Latin letters never
    /// inside a word, and Chinese numerals never inside a larger number, an ordinal, a date or a weekday
    /// (六统一 in 十六统一, 二十六统一, 第六统一, 初六统一, 周六统一; 千亿产业集群 in 五千亿; 四个一 in 四个一百), whatever the
    /// spelling's rule says. Two numerals side by side without a power of ten are no number (六统一六统一 is the term twice).
    /// </summary>
    private static bool RespectsBoundaries(ReadOnlySpan<char> text, int start, int end, Spelling spelling)
    {
        // Most spellings start and end with a Chinese character that is no numeral and have no boundary to respect.
        var folded = spelling.Folded;
        var first = folded[0];
        var last = folded[folded.Length - 1];
        if (start > 0 && (IsDigit(first) || IsLatin(first) || spelling.StartsWithNumeral))
        {
            var before = TextFolding.FoldChar(text[start - 1]);
            if (spelling.StartsWithNumeral
                ? IsDigit(before) || IsPower(before) || before is '零' or '〇' || (IsPower(first) && IsChineseNumeral(before)) || IsNumeralPrefix(text, start, before)
                : IsDigit(first)
                ? IsDigit(before) || (start > 1 && text[start - 1] is '.' or ',' && IsDigit(TextFolding.FoldChar(text[start - 2])))
                : IsLatin(before))
            {
                // A full-width ，or ． folds to , or . but never joins the digits of one number, so the raw unit decides.
                return false;
            }
        }

        if (end < text.Length && (IsDigit(last) || IsLatin(last) || spelling.EndsWithNumeral))
        {
            var after = TextFolding.FoldChar(text[end]);
            if (spelling.EndsWithNumeral
                ? IsDigit(after) || IsPower(after) || (IsPower(last) && IsChineseNumeral(after))
                : IsDigit(last)
                ? IsDigit(after) || after is '%' or '‰' || (end + 1 < text.Length && text[end] is '.' or ',' && IsDigit(TextFolding.FoldChar(text[end + 1])))
                : IsLatin(after))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the Chinese numeral at <paramref name="start"/> is taken by the word before it: an ordinal (第六), a
    /// day of the month (初六) or of the week (周六, 星期六, 礼拜六).</summary>
    private static bool IsNumeralPrefix(ReadOnlySpan<char> text, int start, char before) =>
        before is '第' or '初' or '周' or '廿' or '卅'
        || (start > 1 && before is '期' && TextFolding.FoldChar(text[start - 2]) == '星')
        || (start > 1 && before is '拜' && TextFolding.FoldChar(text[start - 2]) == '礼');

    /// <summary>Whether a folded character is a power of ten, which joins the numerals around it into one number (十六, 五千, 一百).</summary>
    private static bool IsPower(char c) => c is '十' or '百' or '千' or '万' or '亿';

    /// <summary>Whether a folded character is a Chinese numeral or a power of ten that joins numerals into a larger number.</summary>
    public static bool IsChineseNumeral(char c) => c is '〇' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九'
        or '十' or '百' or '千' or '万' or '亿' or '两' or '廿' or '卅';

    private static bool IsQuoted(ReadOnlySpan<char> text, int start, int end) =>
        start > 0 && end < text.Length && TextFolding.IsQuote(text[start - 1]) && TextFolding.IsQuote(text[end]);

    private static bool HasContext(ReadOnlySpan<char> text, int start, int end, Spelling spelling)
    {
        foreach (var word in spelling.Before)
        {
            if (EndsBefore(text, start, word))
            {
                return true;
            }
        }

        foreach (var word in spelling.After)
        {
            if (StartsAt(text, end, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the folded <paramref name="word"/> ends right before <paramref name="position"/>, quotes and spaces aside.</summary>
    private static bool EndsBefore(ReadOnlySpan<char> text, int position, string word)
    {
        var k = position - 1;
        var skipped = 0;
        for (var w = word.Length - 1; w >= 0; w--)
        {
            while (k >= 0 && IsSkippable(text[k]) && skipped < MaxSkippedQuotes)
            {
                k--;
                skipped++;
            }

            if (k < 0 || TextFolding.FoldChar(text[k]) != word[w])
            {
                return false;
            }

            k--;
        }

        return true;
    }

    /// <summary>Whether the folded <paramref name="word"/> starts at <paramref name="position"/>, quotes and spaces aside.</summary>
    private static bool StartsAt(ReadOnlySpan<char> text, int position, string word)
    {
        var k = position;
        var skipped = 0;
        foreach (var expected in word)
        {
            while (k < text.Length && IsSkippable(text[k]) && skipped < MaxSkippedQuotes)
            {
                k++;
                skipped++;
            }

            if (k >= text.Length || TextFolding.FoldChar(text[k]) != expected)
            {
                return false;
            }

            k++;
        }

        return true;
    }

    /// <summary>
    /// Widens an accepted match to balance its quotation marks: “七办”联动 matched from 七 also takes the
    /// opening “ whose closing ” it contains, and "七办"联动 its opening ". Only a mark of the same style counts,
    /// and the match never reaches back before <paramref name="minStart"/>.
    /// </summary>
    public static (int Start, int End) Balance(ReadOnlySpan<char> text, int start, int end, int minStart)
    {
        var unopened = '\0';
        var unclosed = '\0';
        var open = 0;
        var oddSymmetric = '\0';
        for (var k = start; k < end; k++)
        {
            // Every unit that is no quotation mark fails the three tests below.
            var c = text[k];
            if (TextFolding.IsSymmetricQuote(c))
            {
                oddSymmetric = oddSymmetric == c ? '\0' : oddSymmetric == '\0' ? c : oddSymmetric;
            }
            else if (TextFolding.ClosingOf(c) != '\0')
            {
                open++;
                unclosed = c;
            }
            else if (TextFolding.OpeningOf(c) != '\0')
            {
                if (open > 0)
                {
                    open--;
                }
                else if (unopened == '\0')
                {
                    unopened = c;
                }
            }
        }

        var before = start > minStart ? text[start - 1] : '\0';
        var after = end < text.Length ? text[end] : '\0';
        if (unopened != '\0' && before == TextFolding.OpeningOf(unopened))
        {
            start--;
        }
        else if (oddSymmetric != '\0' && before == oddSymmetric)
        {
            start--;
        }
        else if (oddSymmetric != '\0' && after == oddSymmetric)
        {
            end++;
        }

        // With a mark left open, unclosed is an opening mark and its closing mark never NUL, so no end-of-text test is needed.
        if (open > 0 && after == TextFolding.ClosingOf(unclosed))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsSkippable(char c) => TextFolding.FoldChar(c) is TextFolding.Ignorable or TextFolding.Separator;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z';
}
