using System;
using System.Collections.Generic;
using System.Linq;
using Huli.Glossary.Folding;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Data;

/// <summary>The shipped data against the report: any typo in a headword, definition or usage fails here.</summary>
public class GlossaryDataTests
{
    private static Glossary Glossary => Glossary.Default;

    public static TheoryData<int> Numbers => new(Enumerable.Range(1, 39));

    [Fact]
    public void Entries_are_numbered_1_to_39_in_order_without_gaps()
    {
        Glossary.Entries.Select(e => e.Number).Should().Equal(Enumerable.Range(1, 39));
        Report.Explanations.Should().HaveCount(39, "the copy prints 39 explanations after 名词解释");
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Headword_equals_the_source_once_the_copy_damage_is_applied(int number)
    {
        var entry = Glossary[number];
        Report.Damage(entry.Term).Should().Be(Report.Explanations[number - 1].Term);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Definition_equals_the_source_word_for_word_once_the_copy_damage_is_applied(int number)
    {
        var entry = Glossary[number];
        Report.Damage(entry.Definition).Should().Be(Report.Explanations[number - 1].Definition);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Restored_text_keeps_no_trace_of_the_copy_damage(int number)
    {
        var entry = Glossary[number];
        foreach (var text in new[] { entry.Term, entry.Definition }.Concat(entry.Usages.Select(u => u.Sentence)))
        {
            text.Should().NotContainAny(new[] { ",", ";", "(", ")", "!" }, "full-width punctuation is restored in Chinese text");
            text.Where(char.IsLower).Where(c => c < 128).Should().BeEmpty("Latin capitals are restored ({0})", text);
        }
    }

    [Fact]
    public void Notes_are_entries_2_3_and_9_and_everything_else_is_a_term()
    {
        Glossary.Entries.Where(e => e.Kind == GlossaryEntryKind.Note).Select(e => e.Number).Should().Equal(2, 3, 9);
    }

    [Theory]
    [InlineData("2+2+N", 10)]
    [InlineData("360", 14)]
    [InlineData("“360”两违", 14)]
    [InlineData("十五条", 23)]
    [InlineData("四级", 24)]
    [InlineData("10大专项行动", 27)]
    [InlineData("七办", 28)]
    [InlineData("“七办”联动", 28)]
    [InlineData("城中村现代化治理", 33)]
    [InlineData("四个一", 37)]
    public void Short_forms_the_body_uses_are_aliases_of_their_entry(string alias, int number)
    {
        Glossary[number].Aliases.Select(a => a.Text).Should().Contain(alias);
    }

    [Fact]
    public void No_spelling_belongs_to_two_entries_after_folding()
    {
        var owners = Glossary.Entries
            .SelectMany(e => e.Spellings.Select(s => (Key: TextFolding.FoldKey(s.AsSpan()), e.Number)))
            .Distinct()
            .GroupBy(pair => pair.Key)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(p => p.Number))}");
        owners.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Every_usage_sentence_occurs_in_the_report_body(int number)
    {
        foreach (var usage in Glossary[number].Usages)
        {
            Report.Body.Should().Contain(Report.Damage(usage.Sentence));
            foreach (var heading in usage.Section.Split(new[] { " › " }, StringSplitOptions.None))
            {
                Report.Body.Should().Contain("\n  " + Report.Damage(heading) + "\n", "each level of a section path is a heading of the report");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_term_entry_has_a_usage_whose_sentence_contains_one_of_its_spellings(int number)
    {
        var entry = Glossary[number];
        if (entry.Kind == GlossaryEntryKind.Note)
        {
            return;
        }

        var spellings = entry.Spellings.Select(s => TextFolding.FoldKey(s.AsSpan())).ToList();
        var sentences = entry.Usages.Select(u => TextFolding.FoldKey(u.Sentence.AsSpan())).ToList();
        sentences.Should().Contain(sentence => spellings.Any(s => sentence.Contains(s)), "the report's body uses every term it explains");
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Every_listed_item_is_quoted_from_the_definition(int number)
    {
        var entry = Glossary[number];
        foreach (var item in Leaves(entry.Components))
        {
            entry.Definition.Should().Contain(item.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_of_components_agrees_with_the_numeral_of_the_headword_unless_the_entry_says_why(int number)
    {
        var entry = Glossary[number];
        var grouped = entry.Components.Any(c => c.IsGroup);
        var expected = HeadwordNumerals.ExpectedCounts(entry.Term, grouped);
        var actual = grouped ? entry.Components.Select(g => g.Items.Count).ToArray() : new[] { entry.Components.Count };
        var agrees = expected.Count == actual.Length && expected.Zip(actual, (e, a) => e is null || e == a).All(x => x);
        if (entry.Kind == GlossaryEntryKind.Note || (expected.Count == 0 && !grouped))
        {
            return;
        }

        if (entry.CountNote is null)
        {
            agrees.Should().BeTrue($"{entry.Term} announces {string.Join("+", expected.Select(e => e is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "N"))} but lists {string.Join("+", actual)}");
        }
        else
        {
            agrees.Should().BeFalse($"{entry.Term} has a countNote although its count agrees; drop the note");
        }
    }

    [Theory]
    [InlineData("六统一", false, new[] { 6 })]
    [InlineData("十有", false, new[] { 10 })]
    [InlineData("3个100%", false, new[] { 3 })]
    [InlineData("七办联动", false, new[] { 7 })]
    [InlineData("11类项目清单", false, new[] { 11 })]
    [InlineData("三位一体", false, new[] { 3 })]
    [InlineData("两改造三提升", true, new[] { 2, 3 })]
    [InlineData("10+13", true, new[] { 10, 13 })]
    [InlineData("135", false, new[] { 3 })]
    [InlineData("“360”两违管控机制", false, new[] { 3 })]
    [InlineData("福建“十五条”", false, new[] { 15 })]
    [InlineData("千亿产业集群", false, new[] { 1000 })]
    [InlineData("整治与开发一体化", false, new int[0])]
    [InlineData("政策支撑体系", false, new int[0])]
    public void The_numeral_reader_of_the_count_test_reads_headwords_as_a_person_would(string headword, bool asGroups, int[] counts)
    {
        HeadwordNumerals.ExpectedCounts(headword, asGroups).Should().Equal(counts.Select(c => (int?)c));
    }

    private static IEnumerable<GlossaryComponent> Leaves(IEnumerable<GlossaryComponent> components) =>
        components.SelectMany(c => c.IsGroup ? Leaves(c.Items) : new[] { c });
}
