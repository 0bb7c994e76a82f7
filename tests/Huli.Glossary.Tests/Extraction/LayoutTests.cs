using System.Linq;

namespace Huli.Glossary.Tests.Extraction;

/// <summary>Each rule of the section reader, both ways, on small reports written for the purpose.</summary>
public class LayoutTests
{
    private const string Body = "一、工作回顾\n推进“六促”项目，落实五社联动。\n";

    [Theory]
    [InlineData("名词解释")]
    [InlineData("附件2 名词解释")]
    [InlineData("附件２：名词解释")]
    [InlineData("《政府工作报告》有关内容名词注释")]
    [InlineData("注释")]
    [InlineData("名詞解釋")]
    [InlineData("  名词解释：")]
    public void The_section_is_found_under_every_heading_form(string heading)
    {
        var result = GlossaryExtractor.Extract($"{Body}{heading}\n1.六促：促谋划、促策划。\n");

        result.Glossary.Entries.Should().ContainSingle().Which.Term.Should().Be("六促");
        result.Heading.Should().Be(heading.Trim());
    }

    [Theory]
    [InlineData("注：本文数据截至11月30日。")]
    [InlineData("名词解释的工作还要加强，下面逐条说明。")]
    [InlineData("工作回顾")]
    public void A_line_that_only_mentions_notes_is_no_heading(string line)
    {
        var result = GlossaryExtractor.Extract($"{Body}{line}\n1.六促：促谋划、促策划。\n");

        result.Glossary.Entries.Should().BeEmpty();
        result.Warnings.Should().ContainSingle().Which.Line.Should().Be(0);
    }

    [Fact]
    public void A_heading_that_no_entry_follows_is_no_section()
    {
        var result = GlossaryExtractor.Extract($"{Body}名词解释\n以下各项将另行印发。\n");

        result.Glossary.Entries.Should().BeEmpty();
        result.Warnings.Single().Message.Should().StartWith("The report has no explanations section");
    }

    [Theory]
    [InlineData("1.六促：促谋划。\n2.五社联动：社区、社工。")]
    [InlineData("1．六促：促谋划。\n2．五社联动：社区、社工。")]
    [InlineData("１．六促：促谋划。\n２．五社联动：社区、社工。")]
    [InlineData("1、六促：促谋划。\n2、五社联动：社区、社工。")]
    [InlineData("［1］六促：促谋划。\n［2］五社联动：社区、社工。")]
    [InlineData("[1] 六促：促谋划。\n[2] 五社联动：社区、社工。")]
    [InlineData("（1）六促：促谋划。\n（2）五社联动：社区、社工。")]
    [InlineData("六促：促谋划。\n五社联动：社区、社工。")]
    [InlineData(". 六促:促谋划。\n\n. 五社联动:社区、社工。")]
    [InlineData("1.六促\n促谋划。\n2.五社联动\n社区、社工。")]
    [InlineData("六促\n促谋划。\n五社联动\n社区、社工。")]
    public void Entries_are_read_in_every_layout(string section)
    {
        var glossary = GlossaryExtractor.Extract($"{Body}名词解释\n{section}\n").Glossary;

        glossary.Entries.Select(entry => (entry.Number, entry.Term, entry.Definition))
            .Should().Equal((1, "六促", "促谋划。"), (2, "五社联动", "社区、社工。"));
    }

    [Theory]
    [InlineData("2025年某市政府工作报告\n", "2025年某市政府工作报告", "2025年某市政府工作报告 名词解释")]
    [InlineData("\n\n 政 府 工 作 报 告\n", "政府工作报告", "政府工作报告 名词解释")]
    [InlineData("各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n", null, "名词解释")]
    [InlineData("", null, "名词解释")]
    public void The_report_s_first_line_is_the_source_and_with_the_heading_the_title_when_it_is_short_enough_to_be_one(string before, string? source, string title)
    {
        var glossary = GlossaryExtractor.Extract($"{before}名词解释\n1.六促：促谋划。\n").Glossary;

        glossary.Source.Should().Be(source);
        glossary.Title.Should().Be(title);
    }

    [Fact]
    public void Bullets_whose_numbers_were_lost_take_their_position_and_one_still_numbered_keeps_its_own()
    {
        var result = GlossaryExtractor.Extract($"{Body}名词解释\n. 六促:促谋划。\n. 十有:有机构。\n3.五社联动:社区。\n. 六有:有场地。\n");

        result.Glossary.Entries.Select(entry => (entry.Number, entry.Term)).Should().Equal((1, "六促"), (2, "十有"), (3, "五社联动"), (4, "六有"));
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_written_number_out_of_sequence_keeps_the_position_and_says_so()
    {
        var result = GlossaryExtractor.Extract($"{Body}名词解释\n1.六促：促谋划。\n3.五社联动：社区。\n");

        result.Glossary.Entries.Select(entry => entry.Number).Should().Equal(1, 2);
        result.Warnings.Should().ContainSingle().Which.ToString().Should().Be("line 5: entry 2 is numbered 3; numbers must run 1, 2, 3…, so it keeps its position, 2.");
    }

    [Theory]
    [InlineData("2.5平方公里的区域。", "促谋划。\n2.5平方公里的区域。")]
    [InlineData("其中城区占一半。", "促谋划。\n其中城区占一半。")]
    public void A_line_right_after_an_entry_that_is_none_continues_its_definition(string line, string definition)
    {
        var glossary = GlossaryExtractor.Extract($"{Body}名词解释\n1.六促：促谋划。\n{line}\n2.五社联动：社区。\n").Glossary;

        glossary.Entries.Select(entry => entry.Definition).Should().Equal(definition, "社区。");
    }

    [Theory]
    [InlineData("附件\n2025年十件民生实事")]
    [InlineData("附件3 重点项目表")]
    [InlineData("本文地址:/baogao/123.html")]
    [InlineData("责任编辑：张三")]
    [InlineData("http://www.example.gov.cn/")]
    [InlineData("某某市人民政府")]
    [InlineData("2025年1月20日")]
    [InlineData("\n各位代表，以上是名词的说明。")]
    public void The_section_ends_at_the_next_annex_a_signature_or_the_page_around_it(string after)
    {
        var glossary = GlossaryExtractor.Extract($"{Body}名词解释\n1.六促：促谋划。\n{after}\n").Glossary;

        glossary.Entries.Should().ContainSingle().Which.Definition.Should().Be("促谋划。");
    }

    [Fact]
    public void An_unnumbered_section_ends_at_furniture_that_looks_like_a_term_and_definition()
    {
        var glossary = GlossaryExtractor.Extract($"{Body}名词解释\n六促：促谋划。\n\n本文地址:/baogao/huadong/1.html\n").Glossary;

        glossary.Entries.Should().ContainSingle();
    }

    [Fact]
    public void A_line_that_has_no_colon_and_is_too_long_for_a_term_is_left_out_with_a_warning_and_keeps_its_number()
    {
        var result = GlossaryExtractor.Extract($"{Body}名词解释\n1.六促：促谋划。\n2.这一行没有冒号而且长得不像一个术语，它讲的是一件事情的经过和结果，所以不能拆开。\n3.五社联动：社区。\n");

        result.Glossary.Entries.Select(entry => (entry.Number, entry.Term)).Should().Equal((1, "六促"), (3, "五社联动"));
        result.Warnings.Should().ContainSingle().Which.Line.Should().Be(5);
    }

    [Fact]
    public void A_colon_inside_quotes_or_a_title_is_not_the_term_s()
    {
        var glossary = GlossaryExtractor.Extract($"{Body}名词解释\n1.《方案：试行》：一份文件。\n").Glossary;

        glossary[1].Term.Should().Be("《方案：试行》");
        glossary[1].Definition.Should().Be("一份文件。");
    }

    [Fact]
    public void Text_without_any_section_gives_an_empty_glossary_not_an_exception()
    {
        GlossaryExtractor.Extract(string.Empty).Glossary.Entries.Should().BeEmpty();
        GlossaryExtractor.Extract("\n\n\r\n").Warnings.Should().ContainSingle();
    }

    [Fact]
    public void A_control_character_is_replaced_so_that_the_glossary_can_be_written()
    {
        var result = GlossaryExtractor.Extract($"{Body}名词解释\n1.六促：促\u0001谋划。\n");

        result.Glossary[1].Definition.Should().Be("促\uFFFD谋划。");
        result.Warnings.Should().ContainSingle().Which.Line.Should().Be(4);
    }
}
