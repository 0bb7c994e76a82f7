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
    [InlineData("āáǎàĀÁǍÀēéěèêĒÉĚÈÊīíǐìĪÍǏÌōóǒòŌÓǑÒūúǔùŪÚǓÙǖǘǚǜüǕǗǙǛÜḿḾńňǹŃŇǸ", "aaaaaaaaeeeeeeeeeeiiiiiiiioooooooouuuuuuuuvvvvvvvvvvmmnnnnnn")]
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
    public void Every_full_width_form_folds_to_its_ASCII_character_and_the_units_around_them_stay()
    {
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            var ascii = (char)(c - 0xFEE0);
            var expected = ascii == '+' ? TextFolding.Separator
                : ascii is '"' or '\'' ? TextFolding.Ignorable
                : char.ToLowerInvariant(ascii);
            TextFolding.FoldChar(c).Should().Be(expected, $"U+{(int)c:X4} is the full-width {ascii}");
        }

        TextFolding.FoldChar('\uFF00').Should().Be('\uFF00');
        TextFolding.FoldChar('\uFF5F').Should().Be('\uFF5F');
    }

    [Fact]
    public void Capitals_fold_to_small_letters_and_nothing_else_in_ASCII_changes_but_spaces_plus_and_quotes()
    {
        for (var c = '\0'; c < '\u0080'; c++)
        {
            var expected = c is >= 'A' and <= 'Z' ? (char)(c + 32)
                : c == '+' || char.IsWhiteSpace(c) ? TextFolding.Separator
                : c is '"' or '\'' ? TextFolding.Ignorable
                : c;
            TextFolding.FoldChar(c).Should().Be(expected, $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Every_white_space_unit_is_a_separator_and_every_separator_is_white_space_or_a_plus()
    {
        var separators = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => TextFolding.FoldChar(c) == TextFolding.Separator);

        separators.Should().BeEquivalentTo(
            Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || c is '+' or '\uFF0B' or '\uFE62'));
    }

    [Theory]
    [InlineData('“', '”')]
    [InlineData('‘', '’')]
    [InlineData('「', '」')]
    [InlineData('『', '』')]
    [InlineData('〝', '〞')]
    [InlineData('﹁', '﹂')]
    [InlineData('﹃', '﹄')]
    public void Each_opening_quotation_mark_pairs_with_its_closing_mark_and_both_are_ignored(char opening, char closing)
    {
        TextFolding.ClosingOf(opening).Should().Be(closing);
        TextFolding.OpeningOf(closing).Should().Be(opening);
        TextFolding.ClosingOf(closing).Should().Be('\0', "a closing mark opens nothing");
        TextFolding.OpeningOf(opening).Should().Be('\0', "an opening mark closes nothing");
        TextFolding.IsQuote(opening).Should().BeTrue();
        TextFolding.IsQuote(closing).Should().BeTrue();
        TextFolding.IsSymmetricQuote(opening).Should().BeFalse();
    }

    [Theory]
    [InlineData('"', true)]
    [InlineData('\'', true)]
    [InlineData('＂', true)]
    [InlineData('＇', true)]
    [InlineData('“', false)]
    [InlineData('a', false)]
    public void Straight_marks_open_and_close_alike(char mark, bool symmetric)
    {
        TextFolding.IsSymmetricQuote(mark).Should().Be(symmetric);
        TextFolding.IsQuote(mark).Should().Be(mark != 'a');
        if (symmetric)
        {
            (TextFolding.ClosingOf(mark), TextFolding.OpeningOf(mark)).Should().Be(('\0', '\0'), "a straight mark has no partner of another shape");
        }
    }

    [Fact]
    public void The_low_double_prime_closes_the_reversed_double_prime_too()
    {
        TextFolding.OpeningOf('〟').Should().Be('〝');
        TextFolding.IsQuote('〟').Should().BeTrue();
    }

    [Theory]
    [InlineData('\uFFFF')]
    [InlineData('a')]
    [InlineData('\0')]
    [InlineData('。')]
    public void A_unit_that_is_no_quotation_mark_is_not_a_quote_not_even_the_ignorable_sentinel(char unit)
    {
        TextFolding.IsQuote(unit).Should().BeFalse();
        (TextFolding.ClosingOf(unit), TextFolding.OpeningOf(unit)).Should().Be(('\0', '\0'));
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(10_000)]
    public void FoldKey_folds_texts_of_any_length_alike(int length)
    {
        var text = string.Concat(Enumerable.Repeat("六統 ", length / 3 + 1)).Substring(0, length);

        var key = TextFolding.FoldKey(text.AsSpan());

        key.Should().Be(string.Concat(Enumerable.Repeat("六统+", length / 3 + 1)).Substring(0, length).TrimEnd('+'));
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

    [Fact]
    public void Every_CJK_compatibility_ideograph_folds_as_the_unified_ideograph_it_stands_for()
    {
        // 豈 (U+F900) is 豈 (U+8C48) kept apart only for round trips with old encodings; a text in one of those
        // holds terms in these units, and folding must not lose them.
        var standingFor = Enumerable.Range(0xF900, 0x200)
            .Select(i => (Unit: (char)i, Unified: ((char)i).ToString().Normalize()))
            .Where(pair => pair.Unified.Length == 1 && pair.Unified[0] != pair.Unit)
            .ToList();
        var mismatches = standingFor
            .Where(pair => TextFolding.FoldChar(pair.Unit) != TextFolding.FoldChar(pair.Unified[0]))
            .Select(pair => $"U+{(int)pair.Unit:X4}→U+{(int)TextFolding.FoldChar(pair.Unit):X4}, expected U+{(int)TextFolding.FoldChar(pair.Unified[0]):X4}")
            .Take(10)
            .ToList();

        standingFor.Should().HaveCountGreaterThan(400, "Unicode gives almost every unit of the block a unified ideograph");
        mismatches.Should().BeEmpty();
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
