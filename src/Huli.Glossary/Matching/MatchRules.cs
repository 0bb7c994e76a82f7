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

    public static bool Accepts(ReadOnlySpan<char> text, int start, int end, Spelling spelling)
    {
        if (!RespectsBoundaries(text, start, end, spelling.Folded))
        {
            return false;
        }

        return spelling.Rule.Mode switch
        {
            GlossaryMatchMode.Always => true,
            GlossaryMatchMode.QuotedOrContext => IsQuoted(text, start, end) || HasContext(text, start, end, spelling),
            _ => false,
        };
    }

    /// <summary>
    /// Digits never match inside a longer number (131 in 1315, 2131, 13.5 or 1,310) and Latin letters never
    /// inside a word, whatever the spelling's rule says.
    /// </summary>
    private static bool RespectsBoundaries(ReadOnlySpan<char> text, int start, int end, string folded)
    {
        // Most spellings start and end with a Chinese character and have no boundary to respect.
        var first = folded[0];
        var last = folded[folded.Length - 1];
        if ((IsDigit(first) || IsLatin(first)) && start > 0)
        {
            var before = TextFolding.FoldChar(text[start - 1]);
            if (IsDigit(first)
                ? IsDigit(before) || (start > 1 && text[start - 1] is '.' or ',' && IsDigit(TextFolding.FoldChar(text[start - 2])))
                : IsLatin(before))
            {
                // A full-width ，or ． folds to , or . but never joins the digits of one number, so the raw unit decides.
                return false;
            }
        }

        if ((IsDigit(last) || IsLatin(last)) && end < text.Length)
        {
            var after = TextFolding.FoldChar(text[end]);
            if (IsDigit(last)
                ? IsDigit(after) || after is '%' or '‰' || (end + 1 < text.Length && text[end] is '.' or ',' && IsDigit(TextFolding.FoldChar(text[end + 1])))
                : IsLatin(after))
            {
                return false;
            }
        }

        return true;
    }

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
            var c = text[k];
            if (TextFolding.FoldChar(c) != TextFolding.Ignorable)
            {
                continue;
            }

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

        if (open > 0 && after != '\0' && after == TextFolding.ClosingOf(unclosed))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsSkippable(char c) => TextFolding.FoldChar(c) is TextFolding.Ignorable or TextFolding.Separator;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z';
}
