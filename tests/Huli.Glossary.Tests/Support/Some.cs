using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Tests.Support;

/// <summary>
/// Generators for property tests. Uniformly random text almost never holds a term, and neither do random
/// characters of the glossary, so text is put together from the glossary's words, whole or in parts, in every
/// spelling folding accepts (traditional, full-width, capital), with quotation marks, separators, digits and
/// number punctuation between them.
/// </summary>
internal static class Some
{
    /// <summary>Every spelling and context word of the default glossary and the names of its place, as the data writes them.</summary>
    public static readonly string[] Words = Glossary.Default.Entries
        .SelectMany(e => e.Spellings.Concat(new[] { e.MatchRule }.Concat(e.Aliases.Select(a => a.MatchRule)).SelectMany(r => r.Before.Concat(r.After))))
        .Concat(Glossary.Default.Places)
        .Distinct()
        .ToArray();

    /// <summary>The units the match rules look at around a spelling: quotes, separators, digits and number punctuation.</summary>
    public const string RuleUnits = "“”‘’「」『』\"'  \u3000+＋0123456789０１.,%。，、的是aZ第周十百";

    /// <summary>Characters HTML and Markdown must escape.</summary>
    public const string MarkupUnits = "<>&\"'`*_[]#|\\";

    // Every unit that folds to a given character: 六 → 六; 統 → 统; Ｎ, n → n.
    private static readonly Dictionary<char, char[]> Variants = Enumerable.Range(0, 0x10000)
        .Select(unit => (char)unit)
        .Where(unit => !char.IsSurrogate(unit))
        .GroupBy(TextFolding.FoldChar)
        .ToDictionary(group => group.Key, group => group.ToArray());

    /// <summary>A spelling or context word, some of its characters replaced by others that fold the same (統 for 统, Ｎ for N).</summary>
    public static readonly Gen<string> Word = Gen.Int[0, Words.Length - 1].SelectMany(index =>
        Gen.Int[0, 1 << 20].Array[Words[index].Length].Select(draws => Vary(Words[index], draws)));

    /// <summary>A piece of text: whole words, parts of words, single units of words, and what the rules look at.</summary>
    public static readonly Gen<string> Token = Gen.Frequency(
        (3, Word),
        (2, Gen.Select(Word, Gen.Int[0, 100], Gen.Int[0, 100], (word, a, b) => word.Substring(a % word.Length, b % (word.Length - (a % word.Length) + 1)))),
        (2, Word.Select(Gen.Int[0, 100], (word, a) => word[a % word.Length].ToString())),
        (4, Gen.Char[RuleUnits].Select(unit => unit.ToString())));

    /// <summary>Text of up to <paramref name="tokens"/> tokens.</summary>
    public static Gen<string> Text(int tokens) => Token.Array[0, tokens].Select(string.Concat);

    /// <summary>Text with markup characters in it as well.</summary>
    public static Gen<string> MarkupText(int tokens) =>
        Gen.Frequency((4, Token), (1, Gen.Char[MarkupUnits].Select(unit => unit.ToString()))).Array[0, tokens].Select(string.Concat);

    /// <summary>The spellings the inline matcher looks for: terms, the aliases of terms, none whose rule is never.</summary>
    public static readonly (GlossaryEntry Entry, string Text)[] MatchableSpellings = Glossary.Default.Entries
        .SelectMany(e => e.MatchableSpellings.Select(s => (e, s.Text)))
        .ToArray();

    private static string Vary(string word, int[] draws)
    {
        var units = word.ToCharArray();
        for (var i = 0; i < units.Length; i++)
        {
            // One unit in three becomes another spelling of itself; the rest stay as the data writes them.
            if (draws[i] % 3 == 0 && Variants.TryGetValue(TextFolding.FoldChar(units[i]), out var variants))
            {
                units[i] = variants[(draws[i] / 3) % variants.Length];
            }
        }

        return new string(units);
    }
}
