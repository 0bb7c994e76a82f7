using System;
using System.Collections.Generic;
using Huli.Glossary.Data;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Search;

/// <summary>
/// A spelling's readings as search compares them with a query: token by token, the tokens lined up as the data's
/// readings are (<see cref="PinyinAlignment"/>), each read from the spelling's own reading or from the character table.
/// </summary>
internal static class PinyinReading
{
    /// <summary>
    /// The spelling's tokens, each with its folded character (0 for a literal run) and the syllables it may
    /// be read as: the given reading's syllable, or every reading the table knows when there is none.
    /// </summary>
    public static SearchToken[] Tokens(string spelling, string? pinyin)
    {
        var tokens = new List<SearchToken>();
        var position = 0;
        var syllables = pinyin is null ? Array.Empty<string>() : pinyin.Split(' ');
        while (PinyinAlignment.NextToken(spelling, ref position, out var start, out var length))
        {
            var index = tokens.Count;
            if (PinyinAlignment.IsHan(spelling, start))
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
        while (PinyinAlignment.NextToken(spelling, ref position, out var start, out var length))
        {
            if (!PinyinAlignment.IsHan(spelling, start))
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
}
