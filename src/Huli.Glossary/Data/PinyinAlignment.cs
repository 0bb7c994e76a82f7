using System;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Data;

/// <summary>
/// How a spelling and its reading (glossary.json's <c>pinyin</c>) line up: one token per Chinese character, one per
/// run of digits, Latin letters, "+" and "%", nothing for quotation marks and other punctuation. “2+2+N”企业 and
/// "2+2+N qǐ yè" both have three tokens. A rule of the file format: the validator holds every reading to it, and
/// search (<c>Search/PinyinReading</c>) reads a spelling's tokens by it.
/// </summary>
internal static class PinyinAlignment
{
    /// <summary>Why <paramref name="pinyin"/> is not a reading of <paramref name="spelling"/>, or null when it is.</summary>
    /// <remarks>Allocates nothing when the reading fits, because the Glossary checks every reading at load.</remarks>
    public static string? Mismatch(string spelling, string pinyin)
    {
        var position = 0;
        var tokenCount = 0;
        var syllables = pinyin.AsSpan();
        while (NextToken(spelling, ref position, out var start, out var length))
        {
            var space = syllables.IndexOf(' ');
            var syllable = space < 0 ? syllables : syllables.Slice(0, space);
            syllables = space < 0 ? ReadOnlySpan<char>.Empty : syllables.Slice(space + 1);
            tokenCount++;
            if (syllable.IsEmpty)
            {
                return $"the pinyin {ProblemList.Quote(pinyin)} has fewer tokens than {ProblemList.Quote(spelling)} (one per Chinese character, one per run of digits and Latin letters)";
            }

            var expected = spelling.AsSpan(start, length);
            if (IsHan(spelling, start))
            {
                foreach (var c in syllable)
                {
                    if (TextFolding.FoldChar(c) is < 'a' or > 'z')
                    {
                        return $"the pinyin {ProblemList.Quote(pinyin)} reads {ProblemList.Quote(expected.ToString())} as {ProblemList.Quote(syllable.ToString())}, which is not a pinyin syllable";
                    }
                }
            }
            else if (!SameLiteral(expected, syllable))
            {
                return $"the pinyin {ProblemList.Quote(pinyin)} has {ProblemList.Quote(syllable.ToString())} where {ProblemList.Quote(spelling)} has {ProblemList.Quote(expected.ToString())}; digits and Latin letters stay as written";
            }
        }

        return syllables.IsEmpty
            ? null
            : $"the pinyin {ProblemList.Quote(pinyin)} has more tokens than the {tokenCount} of {ProblemList.Quote(spelling)} (one per Chinese character, one per run of digits and Latin letters)";
    }

    /// <summary>Whether the folded unit is a Chinese character (BMP ideographs; astral ones come as surrogate pairs).</summary>
    public static bool IsHan(char folded) =>
        folded is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    /// <summary>Whether the unit at <paramref name="index"/> starts a Chinese character, in the BMP or beyond it.</summary>
    public static bool IsHan(string text, int index) =>
        IsHan(TextFolding.FoldChar(text[index])) || char.IsHighSurrogate(text[index]);

    private static bool IsLiteral(char folded) => folded is (>= '0' and <= '9') or (>= 'a' and <= 'z') or '%';

    /// <summary>The next token of <paramref name="text"/> from <paramref name="position"/> on, which it moves past the token; false at the end.</summary>
    public static bool NextToken(string text, ref int position, out int start, out int length)
    {
        while (position < text.Length)
        {
            start = position;
            var folded = TextFolding.FoldChar(text[position]);
            if (char.IsHighSurrogate(text[position]) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]))
            {
                // Ideographs beyond the BMP (extensions B and later) read as one syllable each, as pinyin-pro counts them.
                position += 2;
                length = 2;
                return true;
            }

            if (IsHan(folded))
            {
                position++;
                length = 1;
                return true;
            }

            if (IsLiteral(folded))
            {
                var end = ++position;
                while (position < text.Length && (IsLiteral(TextFolding.FoldChar(text[position])) || TextFolding.FoldChar(text[position]) == TextFolding.Separator))
                {
                    if (IsLiteral(TextFolding.FoldChar(text[position++])))
                    {
                        end = position;
                    }
                }

                position = end;
                length = end - start;
                return true;
            }

            position++;
        }

        start = length = 0;
        return false;
    }

    private static bool SameLiteral(ReadOnlySpan<char> spelling, ReadOnlySpan<char> reading)
    {
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < spelling.Length && TextFolding.FoldChar(spelling[i]) == TextFolding.Separator)
            {
                i++;
            }

            while (j < reading.Length && TextFolding.FoldChar(reading[j]) == TextFolding.Separator)
            {
                j++;
            }

            if (i == spelling.Length || j == reading.Length)
            {
                return i == spelling.Length && j == reading.Length;
            }

            if (TextFolding.FoldChar(spelling[i++]) != TextFolding.FoldChar(reading[j++]))
            {
                return false;
            }
        }
    }
}
