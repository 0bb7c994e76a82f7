using System.Linq;

namespace Huli.Glossary.Tests.Extraction;

/// <summary>What the extractor derives from an entry and from the body, each rule both ways, on text written for the purpose.</summary>
public class EntryAnalysisTests
{
    private static GlossaryEntry Single(string entryLine, string body = "一、回顾\n正文一句。\n") =>
        GlossaryExtractor.Extract($"{body}名词解释\n1.{entryLine}\n").Glossary[1];

    [Theory]
    [InlineData("稳增长“18条”：若干措施。", "18条", "稳增长", null)]
    [InlineData("“四级”培育体系：四个层级。", "四级", null, "培育体系")]
    [InlineData("自然保护地“绿盾”行动：专项行动。", "绿盾", "自然保护地", "行动")]
    [InlineData("国家级自然保护地“绿盾”行动：专项行动。", "绿盾", null, "行动")]
    public void A_partly_quoted_term_gives_its_quoted_core_as_an_alias_with_the_term_s_words_around_it_as_context(string line, string core, string? before, string? after)
    {
        var alias = Single(line).Aliases.Should().ContainSingle().Subject;

        alias.Text.Should().Be(core);
        alias.MatchRule.Mode.Should().Be(GlossaryMatchMode.QuotedOrContext);
        alias.MatchRule.Before.Should().Equal(before is null ? [] : [before]);
        alias.MatchRule.After.Should().Equal(after is null ? [] : [after]);
    }

    [Theory]
    [InlineData("“三级百圈”：商圈提质行动。")]
    [InlineData("虚拟电厂：一种聚合技术。")]
    public void A_wholly_quoted_or_unquoted_term_has_no_alias(string line)
    {
        Single(line).Aliases.Should().BeEmpty();
    }

    [Fact]
    public void A_list_inside_quotes_is_one_core_not_joined_terms()
    {
        Single("政商交往“正面、负面”清单：两张清单。").Aliases.Select(alias => alias.Text).Should().Equal("正面、负面");
    }

    [Theory]
    [InlineData("“两重”、“两新”：重大战略；设备更新。", "“两重”", "“两新”")]
    [InlineData("一单制、一箱制：联运单证；集装箱。", "一单制", "一箱制")]
    [InlineData("“一单制”“一箱制”：联运单证；集装箱。", "“一单制”", "“一箱制”")]
    public void Each_of_two_joined_terms_is_an_alias(string line, string first, string second)
    {
        Single(line).Aliases.Select(alias => alias.Text).Should().Equal(first, second);
    }

    [Theory]
    [InlineData("六统一：统一平台、统一合同、统一标准。", new[] { "统一平台", "统一合同", "统一标准" })]
    [InlineData("433:40%研发办公 30%中试厂房 30%荷载实验室。", new[] { "40%研发办公", "30%中试厂房", "30%荷载实验室" })]
    [InlineData("两重：国家重大战略实施；重点领域安全能力建设。", new[] { "国家重大战略实施", "重点领域安全能力建设" })]
    [InlineData("千亿产业集群：计算机通信和其他电子设备制造业。", new string[0])]
    [InlineData("六大优势产业：省委全会提出，培育电子信息、装备制造、食品轻纺等产业。", new string[0])]
    public void The_components_are_the_items_a_definition_enumerates_and_prose_has_none(string line, string[] components)
    {
        Single(line).Components.Select(component => component.Text).Should().Equal(components);
    }

    [Fact]
    public void Parts_with_a_lead_become_groups()
    {
        var entry = Single("10+13:10项工作-数字新城、文明创建;13项工作-创新引领、平台经济。");

        entry.Components.Select(component => (component.Text, component.Items.Count)).Should().Equal(("10项工作", 2), ("13项工作", 2));
        entry.Components[1].Items.Select(item => item.Text).Should().Equal("创新引领", "平台经济");
    }

    [Theory]
    [InlineData("全文备注：数据截至11月30日。", GlossaryEntryKind.Note)]
    [InlineData("软件信息业实现营收翻番：比增115.3%。", GlossaryEntryKind.Note)]
    [InlineData("交通物流营收、批零销售额均占全市超四分之一：两项合计。", GlossaryEntryKind.Note)]
    [InlineData("“双高”计划实现路径：两项建设。", GlossaryEntryKind.Term)]
    [InlineData("一单制、一箱制：联运单证；集装箱。", GlossaryEntryKind.Term)]
    [InlineData("五大攻坚战：蓝天工程、碧水工程。", GlossaryEntryKind.Term)]
    public void A_remark_on_a_figure_or_on_the_text_is_a_note_and_a_name_is_a_term(string line, GlossaryEntryKind kind)
    {
        Single(line).Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("135：一年培训。", GlossaryMatchMode.QuotedOrContext)]
    [InlineData("1+1：一个方案。", GlossaryMatchMode.QuotedOrContext)]
    [InlineData("六促：促谋划。", GlossaryMatchMode.QuotedOrContext)]
    [InlineData("“两新”：设备更新。", GlossaryMatchMode.QuotedOrContext)]
    [InlineData("五社联动：社区联动。", GlossaryMatchMode.Always)]
    [InlineData("“1+3+8”政策体系：三个层级。", GlossaryMatchMode.Always)]
    [InlineData("EFlops：计量单位。", GlossaryMatchMode.Always)]
    public void Short_and_numeric_spellings_count_only_when_quoted_or_in_context_distinctive_ones_always(string line, GlossaryMatchMode mode)
    {
        Single(line).MatchRule.Mode.Should().Be(mode);
    }

    [Fact]
    public void The_pinyin_is_read_from_the_table_where_every_character_has_one_reading_and_left_out_where_one_has_two()
    {
        Single("五社联动：社区联动。").Pinyin.Should().Be("wu she lian dong");
        Single("3个100%：三项达标。").Pinyin.Should().Be("3 ge 100%");
        Single("六大主要工业行业：六个行业。").Pinyin.Should().BeNull("行 reads háng or xíng");
    }

    [Fact]
    public void A_usage_is_each_body_sentence_that_uses_the_entry_with_its_heading_path()
    {
        var body = "一、工作回顾\n（二）强化服务，动能迸发\n深化“五社联动”。另一句不用它。推进五社联动，成效明显！\n二、工作计划\n继续五社联动。\n";

        var usages = Single("五社联动：社区联动。", body).Usages;

        usages.Select(usage => (usage.Section, usage.Sentence)).Should().Equal(
            ("一、工作回顾 › （二）强化服务，动能迸发", "深化“五社联动”。"),
            ("一、工作回顾 › （二）强化服务，动能迸发", "推进五社联动，成效明显！"),
            ("二、工作计划", "继续五社联动。"));
    }

    [Fact]
    public void A_heading_path_counts_an_inline_numbered_heading_and_a_standalone_one()
    {
        var body = "2024年工作回顾\n（一）稳住大盘。推进五社联动，成效明显。\n";

        Single("五社联动：社区联动。", body).Usages.Should().ContainSingle()
            .Which.Section.Should().Be("2024年工作回顾 › （一）稳住大盘");
    }

    [Fact]
    public void A_note_marker_in_the_body_makes_its_sentence_a_usage_of_the_entry_with_that_number()
    {
        var result = GlossaryExtractor.Extract("一、回顾\n支持“两重”［1］项目。推进数字化³。\n注释\n1.“两重”：重大战略。\n2.整治提升：三类整治。\n3.数字化：数字转型。\n");

        result.Glossary[2].Usages.Should().BeEmpty();
        result.Glossary[3].Usages.Should().ContainSingle().Which.Sentence.Should().Be("推进数字化³。");
        result.Glossary[1].Usages.Should().ContainSingle().Which.Sentence.Should().Be("支持“两重”［1］项目。");
    }

    [Fact]
    public void A_marker_whose_number_has_no_entry_is_a_warning()
    {
        var result = GlossaryExtractor.Extract("一、回顾\n推进［7］项目。\n名词解释\n1.六促：促谋划。\n");

        result.Warnings.Should().ContainSingle().Which.ToString().Should().Be("line 2: the body's note marker 7 has no entry of that number.");
    }

    [Fact]
    public void A_short_form_two_entries_share_goes_to_neither_and_a_term_spelled_twice_keeps_the_first()
    {
        var result = GlossaryExtractor.Extract("正文。\n名词解释\n1.脱贫“1+8”方案：八项。\n2.国企“1+8”改革：八项。\n3.六統一：统一。\n4.六统一：统一。\n");

        result.Glossary[1].Aliases.Should().BeEmpty();
        result.Glossary[2].Aliases.Should().BeEmpty();
        result.Glossary.Entries.Select(entry => entry.Number).Should().Equal(1, 2, 3);
        result.Warnings.Select(warning => warning.Message).Should().Equal(
            "entry 4 (六统一) is spelled like entry 3 once folded; it was left out.",
            "the short form '1+8' belongs to entries 1 and 2; neither keeps it as an alias.");
    }
}
