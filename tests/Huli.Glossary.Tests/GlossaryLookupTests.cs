using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests;

/// <summary>Lookup under every spelling a person or a damaged copy may use.</summary>
public class GlossaryLookupTests
{
    private static Glossary Glossary => Glossary.Default;

    public static TheoryData<int> Numbers => new(Enumerable.Range(1, 39));

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Lookup_finds_each_entry_by_its_headword_and_by_every_alias(int number)
    {
        foreach (var spelling in Glossary[number].Spellings)
        {
            Glossary.TryGet(spelling, out var entry).Should().BeTrue(spelling);
            entry!.Number.Should().Be(number);
        }
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Lookup_finds_each_entry_by_the_damaged_headword_of_the_web_copy(int number)
    {
        Glossary.Get(Report.Explanations[number - 1].Term).Number.Should().Be(number);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Lookup_finds_each_entry_by_its_full_width_headword(int number)
    {
        Glossary.Get(ToFullWidth(Glossary[number].Term)).Number.Should().Be(number);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Lookup_finds_each_entry_by_its_headword_in_any_quotation_marks(int number)
    {
        foreach (var (open, close) in new[] { ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("\"", "\""), ("'", "'") })
        {
            Glossary.Get(open + Glossary[number].Term + close).Number.Should().Be(number);
        }
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Lookup_finds_each_entry_by_its_headword_in_Taiwan_and_Hong_Kong_traditional_script(int number)
    {
        foreach (var region in new[] { "TW", "HK" })
        {
            var traditional = Report.ParseExplanations(Report.Traditional(region))[number - 1].Term;
            Glossary.Get(traditional).Number.Should().Be(number, "{0} is entry {1}'s headword in {2} script", traditional, number, region);
        }
    }

    [Theory]
    [InlineData("2 2 n")]
    [InlineData("２＋２＋Ｎ")]
    [InlineData("“2+2+N”")]
    [InlineData("2+2+N线上线下一体化服务体系")]
    [InlineData("“2+2+N”線上線下一體化服務體系")]
    [InlineData(" 2 + 2 + n ")]
    [InlineData("『２ ＋ ２ ＋ ｎ』")]
    public void Lookup_finds_entry_10_from_every_spelling_of_2_2_N(string spelling)
    {
        Glossary.Get(spelling).Number.Should().Be(10);
    }

    [Theory]
    [InlineData("六統一", 13)]
    [InlineData("四级", 24)]
    [InlineData("四級", 24)]
    [InlineData("七办", 28)]
    [InlineData("“七辦”聯動", 28)]
    [InlineData("epc o", null)]
    [InlineData("3个100％", 15)]
    [InlineData("十五條", 23)]
    [InlineData("10大專項行動", 27)]
    [InlineData("中央《意見》", 22)]
    [InlineData("六统", null)]
    [InlineData("统一", null)]
    [InlineData("2+2", null)]
    [InlineData("22n", null)]
    [InlineData("一体化", null)]
    public void Lookup_folds_width_case_plus_quotes_and_script_but_nothing_more(string spelling, int? number)
    {
        var found = Glossary.TryGet(spelling, out var entry);

        found.Should().Be(number is not null);
        entry?.Number.Should().Be(number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("“”")]
    [InlineData("\t\n")]
    public void Lookup_of_empty_or_blank_text_finds_nothing(string term)
    {
        Glossary.TryGet(term, out var entry).Should().BeFalse();
        entry.Should().BeNull();
        Glossary.TryGet(term.AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void The_span_overload_finds_what_the_string_overload_finds()
    {
        Glossary.TryGet("前文：“六統一”模式".AsSpan(3, 5), out var entry).Should().BeTrue();
        entry!.Number.Should().Be(13);
    }

    [Fact]
    public void Get_of_an_unknown_term_throws_KeyNotFoundException_naming_the_closest_terms()
    {
        FluentActions.Invoking(() => Glossary.Get("六统"))
            .Should().Throw<KeyNotFoundException>()
            .WithMessage("No entry is spelled '六统'. Did you mean 六统一 (13)*");
    }

    [Fact]
    public void Get_of_text_unlike_any_term_names_no_suggestion()
    {
        FluentActions.Invoking(() => Glossary.Get("天气预报"))
            .Should().Throw<KeyNotFoundException>()
            .WithMessage("No entry is spelled '天气预报'.");
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        FluentActions.Invoking(() => Glossary.TryGet((string)null!, out _)).Should().Throw<ArgumentNullException>().WithParameterName("term");
        FluentActions.Invoking(() => Glossary.Get(null!)).Should().Throw<ArgumentNullException>().WithParameterName("term");
        FluentActions.Invoking(() => Glossary.WriteTo(null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(-1)]
    public void The_indexer_throws_KeyNotFoundException_for_a_number_without_entry(int number)
    {
        FluentActions.Invoking(() => Glossary[number]).Should().Throw<KeyNotFoundException>().WithMessage("*1 to 39*");
    }

    [Fact]
    public void Default_is_loaded_once()
    {
        Glossary.Default.Should().BeSameAs(Glossary.Default);
    }

    [Fact]
    public void Entries_cannot_be_modified_through_the_returned_lists()
    {
        var entries = Glossary.Entries;

        entries.Should().NotBeAssignableTo<GlossaryEntry[]>();
        entries.Should().BeAssignableTo<ICollection<GlossaryEntry>>().Which.IsReadOnly.Should().BeTrue();
    }

    private static string ToFullWidth(string text)
    {
        var wide = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            wide.Append(c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c);
        }

        return wide.ToString();
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(39, true)]
    [InlineData(40, false)]
    [InlineData(0, false)]
    [InlineData(-13, false)]
    public void TryGet_by_number_finds_exactly_the_numbers_the_glossary_has(int number, bool found)
    {
        Glossary.TryGet(number, out var entry).Should().Be(found);
        if (found)
        {
            entry!.Number.Should().Be(number);
        }
        else
        {
            entry.Should().BeNull();
        }
    }

    [Theory]
    [InlineData("六统二", 13)]
    [InlineData("七办連動", 28)]
    [InlineData("２＋２＋M", 10)]
    public void Closest_names_the_entry_a_misspelling_was_meant_for_first(string misspelled, int number)
    {
        Glossary.TryGet(misspelled, out _).Should().BeFalse();

        Glossary.Closest(misspelled)[0].Number.Should().Be(number);
    }

    [Theory]
    [InlineData("天气预报")]
    [InlineData("")]
    [InlineData("   ")]
    public void Closest_suggests_nothing_for_a_different_word_or_blank_text(string text)
    {
        Glossary.Closest(text).Should().BeEmpty();
    }

    [Fact]
    public void Closest_and_the_message_of_Get_name_the_same_entries()
    {
        var names = Glossary.Closest("六统二").Select(e => $"{e.Term} ({e.Number})");

        FluentActions.Invoking(() => Glossary.Get("六统二")).Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().EndWith("Did you mean " + string.Join(", ", names) + "?");
    }
}
