using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Huli.Glossary.Tests.Support;

/// <summary>
/// Reads how many things a headword announces, the way a reader does: "六统一" six, "10+13" ten then
/// thirteen ("N" any), "135" one stage per digit, "两改造三提升" two then three when read as groups.
/// </summary>
internal static class HeadwordNumerals
{
    private const string ChineseDigits = "零一二两三四五六七八九十百千";
    private static readonly Regex Numeral = new($"[0-9]+|[{ChineseDigits}]+", RegexOptions.CultureInvariant);

    /// <summary>The counts a headword announces; empty when it announces none.</summary>
    /// <param name="headword">The headword as written.</param>
    /// <param name="asGroups">Whether the entry lists groups: then every numeral before a word counts one group.</param>
    public static IReadOnlyList<int?> ExpectedCounts(string headword, bool asGroups)
    {
        if (headword.Contains('+'))
        {
            return headword.Split('+').Select(part => int.TryParse(part, out var n) ? n : (int?)null).ToList();
        }

        // A code of digits, bare or quoted (135, “360”两违管控机制): one stage per digit.
        var code = Regex.Match(headword, "^[“‘\"]?([0-9]+)(?:[”’\"]|$)");
        if (code.Success)
        {
            return new int?[] { code.Groups[1].Length };
        }

        // A numeral followed by a word (not by another number or by %, as in 3个100%).
        var numerals = Numeral.Matches(headword).Cast<Match>()
            .Where(m => m.Index + m.Length < headword.Length && headword[m.Index + m.Length] != '%')
            .ToList();
        if (asGroups)
        {
            return numerals.Select(m => (int?)Parse(m.Value)).ToList();
        }

        // Read as one count, the numeral must open the headword or its quoted part: 六统一, 福建“十五条”.
        var leading = numerals.FirstOrDefault(m => m.Index == 0 || headword[m.Index - 1] is '“' or '‘' or '"');
        return leading is null ? Array.Empty<int?>() : new int?[] { Parse(leading.Value) };
    }

    private static int Parse(string numeral)
    {
        if (int.TryParse(numeral, out var arabic))
        {
            return arabic;
        }

        int total = 0, digit = 0;
        foreach (var c in numeral)
        {
            var place = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (place > 0)
            {
                total += (digit == 0 ? 1 : digit) * place;
                digit = 0;
            }
            else
            {
                digit = c == '两' ? 2 : "零一二三四五六七八九".IndexOf(c);
            }
        }

        return total + digit;
    }
}
