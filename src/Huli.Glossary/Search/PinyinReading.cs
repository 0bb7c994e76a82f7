using System;
using System.Collections.Generic;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Search;

/// <summary>
/// How a spelling and its reading line up: one token per Chinese character, one per run of digits, Latin
/// letters, "+" and "%", nothing for quotation marks and other punctuation. “2+2+N”企业 and "2+2+N qǐ yè"
/// both have three tokens.
/// </summary>
internal static class PinyinReading
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
                return $"the pinyin '{pinyin}' has fewer tokens than '{spelling}' (one per Chinese character, one per run of digits and Latin letters)";
            }

            var expected = spelling.AsSpan(start, length);
            if (IsHan(spelling, start))
            {
                foreach (var c in syllable)
                {
                    if (TextFolding.FoldChar(c) is < 'a' or > 'z')
                    {
                        return $"the pinyin '{pinyin}' reads '{expected.ToString()}' as '{syllable.ToString()}', which is not a pinyin syllable";
                    }
                }
            }
            else if (!SameLiteral(expected, syllable))
            {
                return $"the pinyin '{pinyin}' has '{syllable.ToString()}' where '{spelling}' has '{expected.ToString()}'; digits and Latin letters stay as written";
            }
        }

        return syllables.IsEmpty
            ? null
            : $"the pinyin '{pinyin}' has more tokens than the {tokenCount} of '{spelling}' (one per Chinese character, one per run of digits and Latin letters)";
    }

    /// <summary>
    /// The spelling's tokens, each with its folded character (0 for a literal run) and the syllables it may
    /// be read as: the given reading's syllable, or every reading the table knows when there is none.
    /// </summary>
    public static SearchToken[] Tokens(string spelling, string? pinyin)
    {
        var tokens = new List<SearchToken>();
        var position = 0;
        var syllables = pinyin is null ? Array.Empty<string>() : pinyin.Split(' ');
        while (NextToken(spelling, ref position, out var start, out var length))
        {
            var index = tokens.Count;
            if (IsHan(spelling, start))
            {
                var folded = TextFolding.FoldChar(spelling[start]);
                var readings = index < syllables.Length
                    ? new[] { TextFolding.FoldKey(syllables[index].AsSpan()) }
                    : CharacterReadings.Of(folded);
                tokens.Add(new SearchToken(true, length == 1 ? folded : '\0', readings));
            }
            else
            {
                tokens.Add(new SearchToken(false, '\0', new[] { LiteralKey(spelling.AsSpan(start, length)) }));
            }
        }

        return tokens.ToArray();
    }

    /// <summary>
    /// The spelling's reading from <see cref="CharacterReadings"/>: a toneless syllable per Chinese character and each
    /// literal run as written ("+" for its separators); null when a character has no reading or more than one (行, 重),
    /// since guessing would mislead search, which reads every reading of a spelling without one.
    /// </summary>
    public static string? TableReading(string spelling)
    {
        var tokens = new List<string>();
        var position = 0;
        while (NextToken(spelling, ref position, out var start, out var length))
        {
            if (!IsHan(spelling, start))
            {
                var literal = new System.Text.StringBuilder(length);
                foreach (var c in spelling.AsSpan(start, length))
                {
                    literal.Append(TextFolding.FoldChar(c) == TextFolding.Separator ? '+' : c);
                }

                tokens.Add(literal.ToString());
                continue;
            }

            var readings = length == 1 ? CharacterReadings.Of(TextFolding.FoldChar(spelling[start])) : Array.Empty<string>();
            if (readings.Length != 1)
            {
                return null;
            }

            tokens.Add(readings[0]);
        }

        return tokens.Count == 0 ? null : string.Join(" ", tokens);
    }

    /// <summary>Folded text without separators: the form in which query letters are compared with tokens.</summary>
    public static string LiteralKey(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = TextFolding.FoldChar(c);
            if (folded != TextFolding.Separator && folded != TextFolding.Ignorable)
            {
                buffer[length++] = folded;
            }
        }

        return buffer.Slice(0, length).ToString();
    }

    /// <summary>Whether the folded unit is a Chinese character (BMP ideographs; astral ones come as surrogate pairs).</summary>
    public static bool IsHan(char folded) =>
        folded is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    private static bool IsHan(string text, int index) =>
        IsHan(TextFolding.FoldChar(text[index])) || char.IsHighSurrogate(text[index]);

    private static bool IsLiteral(char folded) => folded is (>= '0' and <= '9') or (>= 'a' and <= 'z') or '%';

    private static bool NextToken(string text, ref int position, out int start, out int length)
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
