using System;
using System.Collections.Generic;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Extraction;

/// <summary>
/// What a term's quotation marks and joins say about its other spellings: the quoted core of a partly quoted term
/// (18条 in 稳增长“18条”, with 稳增长 as its context) and each of two or more joined terms (“两重”、“两新”,
/// 一单制、一箱制, “一单制”“一箱制”).
/// </summary>
internal static class TermShape
{
    /// <summary>Unquoted text longer than this is no context word: the body would rarely repeat it whole next to the core,
    /// and cutting it would need a word list (自然保护地 cut to two characters is 护地, no word at all).</summary>
    private const int MaxContext = 6;

    public static List<(string Text, string? Before, string? After)> Aliases(string term)
    {
        var aliases = new List<(string, string?, string?)>();
        var parts = JoinedParts(term);
        if (parts.Count >= 2)
        {
            foreach (var part in parts)
            {
                aliases.Add((part, null, null));
                aliases.AddRange(QuotedCores(part));
            }
        }
        else
        {
            aliases.AddRange(QuotedCores(term));
        }

        return aliases;
    }

    /// <summary>The parts of a term joined by 、 or ，outside quotes, or written as quoted runs side by side; one part when the term is not joined.</summary>
    public static List<string> JoinedParts(string term)
    {
        var parts = new List<string>();
        var segments = Segments(term);
        var start = 0;
        var depth = 0;
        for (var i = 0; i < term.Length; i++)
        {
            depth += Depth(term[i]);
            if (depth == 0 && TextFolding.FoldChar(term[i]) is '、' or ',')
            {
                parts.Add(term.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }

        parts.Add(term.Substring(start).Trim());
        if (parts.Count == 1 && segments.Count >= 2 && segments[0].Start == 0 && segments[segments.Count - 1].End == term.Length)
        {
            // “一单制”“一箱制”: quoted runs with nothing between them.
            var adjacent = true;
            for (var i = 1; i < segments.Count; i++)
            {
                adjacent &= segments[i].Start == segments[i - 1].End;
            }

            if (adjacent)
            {
                parts.Clear();
                foreach (var (s, e) in segments)
                {
                    parts.Add(term.Substring(s, e - s));
                }
            }
        }

        parts.RemoveAll(part => TextFolding.FoldKey(part.AsSpan()).Length == 0);
        return parts.Count == 0 ? [term] : parts;
    }

    /// <summary>The quoted cores of a term that has text outside its quotes, each with the unquoted text around it.</summary>
    private static IEnumerable<(string, string?, string?)> QuotedCores(string term)
    {
        var segments = Segments(term);
        if (segments.Count == 1 && segments[0].Start == 0 && segments[0].End == term.Length)
        {
            yield break;
        }

        foreach (var (start, end) in segments)
        {
            var core = term.Substring(start + 1, end - start - 2);
            var before = Context(term.Substring(0, start), fromEnd: true);
            var after = Context(term.Substring(end), fromEnd: false);
            yield return (core, before, after);
        }
    }

    /// <summary>The unquoted text next to a core, up to the nearest quotation mark; null when there is none.</summary>
    private static string? Context(string side, bool fromEnd)
    {
        var cut = fromEnd ? side.Substring(LastQuote(side) + 1) : side.Substring(0, FirstQuote(side));
        cut = cut.Trim();
        if (TextFolding.FoldKey(cut.AsSpan()).Length == 0)
        {
            return null;
        }

        return cut.Length <= MaxContext ? cut : null;

        static int LastQuote(string text)
        {
            for (var i = text.Length - 1; i >= 0; i--)
            {
                if (TextFolding.IsQuote(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        static int FirstQuote(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (TextFolding.IsQuote(text[i]))
                {
                    return i;
                }
            }

            return text.Length;
        }
    }

    /// <summary>Every top-level quoted run [Start, End), quotation marks included.</summary>
    private static List<(int Start, int End)> Segments(string term)
    {
        var segments = new List<(int, int)>();
        for (var i = 0; i < term.Length; i++)
        {
            var closing = TextFolding.ClosingOf(term[i]);
            if (closing == '\0' && TextFolding.IsSymmetricQuote(term[i]))
            {
                closing = term[i];
            }

            if (closing == '\0')
            {
                continue;
            }

            var end = term.IndexOf(closing, i + 1);
            if (end > i + 1)
            {
                segments.Add((i, end + 1));
                i = end;
            }
        }

        return segments;
    }

    private static int Depth(char c) =>
        TextFolding.ClosingOf(c) != '\0' || c is '《' or '（' or '(' ? 1
        : TextFolding.OpeningOf(c) != '\0' || c is '》' or '）' or ')' ? -1
        : 0;
}
