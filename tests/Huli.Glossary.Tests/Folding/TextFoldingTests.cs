using System;
using System.Linq;
using Huli.Glossary.Folding;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Folding;

/// <summary>The one folding every lookup, search and match goes through.</summary>
public class TextFoldingTests
{
    [Theory]
    [InlineData("2+2+N", "2+2+n")]
    [InlineData("2 2 n", "2+2+n")]
    [InlineData("２＋２＋Ｎ", "2+2+n")]
    [InlineData("2  +\u3000 2 ﹢ N", "2+2+n")]
    [InlineData("  “2+2+N”  ", "2+2+n")]
    [InlineData("“2 ”+“ 2”", "2+2")]
    [InlineData("EPC+O", "epc+o")]
    [InlineData("ＧＤＰ", "gdp")]
    [InlineData("六統一", "六统一")]
    [InlineData("集羣", "集群")]
    [InlineData("「四級」培育體系", "四级培育体系")]
    [InlineData("『七辦』聯動", "七办联动")]
    [InlineData("‘湖’", "湖")]
    [InlineData("3个100％", "3个100%")]
    [InlineData("（一）", "(一)")]
    [InlineData("Liù Tǒng Yī", "liu+tong+yi")]
    [InlineData("lǜ LÜ nǚ", "lv+lv+nv")]
    [InlineData("", "")]
    [InlineData(" \t\n ", "")]
    [InlineData("“”‘’", "")]
    public void FoldKey_folds_width_case_plus_and_spaces_quotes_and_traditional_script(string text, string expected)
    {
        TextFolding.FoldKey(text.AsSpan()).Should().Be(expected);
    }

    [Theory]
    [InlineData("湖里区", "湖里区")]
    [InlineData("电话13512345678", "电话13512345678")]
    [InlineData("1,350", "1,350")]
    [InlineData("13.5", "13.5")]
    public void FoldKey_leaves_ordinary_simplified_text_and_numbers_alone(string text, string expected)
    {
        TextFolding.FoldKey(text.AsSpan()).Should().Be(expected);
    }

    [Fact]
    public void Folding_any_code_unit_twice_gives_what_folding_it_once_gives()
    {
        var unstable = Enumerable.Range(0, 0x10000)
            .Select(i => (char)i)
            .Where(c => TextFolding.FoldChar(TextFolding.FoldChar(c)) != TextFolding.FoldChar(c))
            .Select(c => $"U+{(int)c:X4}")
            .ToList();

        unstable.Should().BeEmpty("a chain such as A→B→C in the table would make folded keys differ from folded text");
    }

    [Fact]
    public void Folding_never_turns_a_surrogate_into_something_else()
    {
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            TextFolding.FoldChar((char)c).Should().Be((char)c);
        }
    }

    [Theory]
    [InlineData("TW")]
    [InlineData("HK")]
    public void The_report_in_traditional_script_folds_to_the_report_in_simplified_script_unit_for_unit(string region)
    {
        var traditional = Report.Traditional(region);
        var simplified = Report.Full;

        traditional.Should().HaveLength(simplified.Length);
        traditional.Should().NotBe(simplified, "the converted copy must really be in traditional script");
        var mismatches = Enumerable.Range(0, simplified.Length)
            .Where(i => TextFolding.FoldChar(traditional[i]) != TextFolding.FoldChar(simplified[i]))
            .Select(i => $"{i}: {traditional[i]}→{TextFolding.FoldChar(traditional[i])}, expected {simplified[i]}")
            .Take(10)
            .ToList();
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Every_character_of_every_spelling_is_covered_by_the_traditional_table()
    {
        var spellingChars = Glossary.Default.Entries.SelectMany(e => e.Spellings).SelectMany(s => s).ToHashSet();
        var traditional = Report.Traditional("TW") + Report.Traditional("HK");
        var simplified = Report.Full + Report.Full;

        var covered = Enumerable.Range(0, simplified.Length)
            .Where(i => spellingChars.Contains(simplified[i]))
            .All(i => TextFolding.FoldChar(traditional[i]) == TextFolding.FoldChar(simplified[i]));

        covered.Should().BeTrue();
        spellingChars.Where(c => c > 0x2E80).Should().OnlyContain(c => Report.Full.Contains(c), "each spelling's characters occur in the report, so the round trip above covers them");
    }
}
