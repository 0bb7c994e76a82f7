using System;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>Each rule of inline matching on sentences written for the test, both ways: found and not found.</summary>
public class MatchRuleTests
{
    private static Glossary Glossary => Glossary.Default;

    [Theory]
    // Numeric codes count next to their context word, or quoted in a text that has named the place (湖里).
    [InlineData("学校推行“135”培养机制。", "135", 17)]
    [InlineData("学校推行135培养机制。", "135", 17)]
    [InlineData("湖里叫它「135」。", "135", 17)]
    [InlineData("湖里的学校叫它‘１３５’。", "１３５", 17)]
    [InlineData("他们叫它「135」。", null, null)]
    [InlineData("优化“七办", null, null)]
    [InlineData("请拨打13512345678联系。", null, null)]
    [InlineData("房间号是135，在三楼。", null, null)]
    [InlineData("共计1315人。", null, null)]
    [InlineData("编号2131的文件。", null, null)]
    [InlineData("增长了13.5个百分点。", null, null)]
    [InlineData("合计1,350元。", null, null)]
    [InlineData("共3，135培养机制。", "135", 17)]
    [InlineData("１．135培养机制", "135", 17)]
    [InlineData("第1.135培养机制", null, null)]
    [InlineData("完成率“135%”。", null, null)]
    [InlineData("“131”精准就业帮扶", "131", 19)]
    [InlineData("按照131的比例配置。", null, null)]
    [InlineData("湖里以“433”推进园区建设", "433", 26)]
    [InlineData("以“433”推进园区建设", null, null)]
    [InlineData("会议室433有人。", null, null)]
    [InlineData("锚定“10+13”任务", "10+13", 1)]
    [InlineData("锚定10+13任务", "10+13", 1)]
    [InlineData("10+13=23。", null, null)]
    [InlineData("制定“1 1”提升方案", "1 1", 4)]
    [InlineData("1+1=2。", null, null)]
    [InlineData("“9+1+N”清单企业", "9+1+N", 12)]
    [InlineData("9+1+N", null, null)]
    // Everyday words likewise: quotes alone are not enough.
    [InlineData("打造“三位一体”企业合规治理体系", "三位一体", 11)]
    [InlineData("三位一体企业合规治理体系", "三位一体", 11)]
    [InlineData("这是一种三位一体的思路。", null, null)]
    [InlineData("进一步健全“四级”培育体系", "“四级”培育体系", 24)]
    [InlineData("她考过了英语四级。", null, null)]
    [InlineData("湖里人说“四级”很难。", "四级", 24)]
    [InlineData("她说“四级”很难。", null, null)]
    [InlineData("落实福建“十五条”", "福建“十五条”", 23)]
    [InlineData("出台了十五条措施。", null, null)]
    [InlineData("湖里区实现街道“十有”", "十有", 38)]
    [InlineData("实现街道“十有”", null, null)]
    [InlineData("这件事十有八九办成了。", null, null)]
    [InlineData("湖里社区“六有”全覆盖", "六有", 39)]
    [InlineData("社区“六有”全覆盖", null, null)]
    [InlineData("他家六有余粮。", null, null)]
    [InlineData("推动392个“六促”项目", "六促", 29)]
    [InlineData("六促项目加快转段", "六促", 29)]
    [InlineData("他六促之下只好答应。", null, null)]
    [InlineData("“四同步”建设", "四同步", 18)]
    [InlineData("四同步建设", "四同步", 18)]
    [InlineData("画面和声音四同步了吗？", null, null)]
    [InlineData("落实“四个一”机制", "“四个一”机制", 37)]
    [InlineData("四个一模一样的杯子。", null, null)]
    [InlineData("优化“七办”联动机制", "“七办”联动", 28)]
    [InlineData("七办联动", "七办联动", 28)]
    [InlineData("我们七办了一件事。", null, null)]
    [InlineData("“360”两违管控机制", "“360”两违管控机制", 14)]
    [InlineData("汽车360度全景影像。", null, null)]
    [InlineData("优化“2 2 n”企业服务体系", "“2 2 n”企业服务体系", 10)]
    [InlineData("优化 2+2+N 企业服务体系", "2+2+N", 10)]
    [InlineData("学校推行 135 培养机制。", "135", 17)]
    // Up to four quotation marks or spaces may stand between a spelling and its context word, on either side; five are a gap.
    [InlineData("学校推行135    培养机制。", "135", 17)]
    [InlineData("学校推行135     培养机制。", null, null)]
    [InlineData("学校推行135“ ” 培养机制。", "135", 17)]
    [InlineData("落实福建    十五条", "十五条", 23)]
    [InlineData("落实福建     十五条", null, null)]
    [InlineData("落实福建 “ ”十五条", "十五条", 23)]
    // The whole context word must stand there, its first character too.
    [InlineData("落实省建十五条", null, null)]
    [InlineData("学校推行135养机制。", null, null)]
    [InlineData("12+2+N", null, null)]
    [InlineData("“2+2+Nx”", null, null)]
    // Full terms match wherever they are written, in any script and width.
    [InlineData("散租统管“六统一”模式", "六统一", 13)]
    [InlineData("散租統管「六統一」模式", "六統一", 13)]
    [InlineData("湖里实现３个１００％目标", "３个１００％", 15)]
    [InlineData("实现３个１００％目标", null, null)]
    [InlineData("实现13个100%目标", null, null)]
    [InlineData("构建5个教师培养梯队", "5个教师培养梯队", 32)]
    [InlineData("构建15个教师培养梯队", null, null)]
    [InlineData("深化“五社联动”", "五社联动", 34)]
    [InlineData("今天天气很好，我们去公园散步吧。", null, null)]
    [InlineData("", null, null)]
    public void A_spelling_is_found_exactly_where_its_rule_allows(string text, string? matched, int? number)
    {
        var matches = Glossary.Scan(text);

        if (matched is null)
        {
            matches.Should().BeEmpty();
            return;
        }

        matches.Should().ContainSingle();
        text.Substring(matches[0].Start, matches[0].Length).Should().Be(matched);
        matches[0].Entry.Number.Should().Be(number);
    }

    [Theory]
    // A Chinese numeral that belongs to a larger number, an ordinal, a date or a weekday is not the term's numeral.
    [InlineData("下周六统一组织体检。", null)]
    [InlineData("星期六统一组织体检。", null)]
    [InlineData("礼拜六统一组织体检。", null)]
    [InlineData("这是第六统一规定。", null)]
    [InlineData("正月初六统一返岗。", null)]
    [InlineData("全市十六统一标准。", null)]
    [InlineData("共二十六统一事项。", null)]
    [InlineData("共26统一事项。", null)]
    [InlineData("形成五千亿产业集群。", null)]
    [InlineData("两千亿产业集群", null)]
    [InlineData("发放四个一百元红包。", null)]
    [InlineData("开展第十大专项行动。", null)]
    // The same spellings after and before ordinary words still count.
    [InlineData("推行散租统管六统一模式。", "六统一")]
    [InlineData("周末六统一", "六统一")]
    [InlineData("期六统一", "六统一")]
    [InlineData("拜六统一", "六统一")]
    [InlineData("典礼后六统一", "六统一")]
    [InlineData("星光六统一", "六统一")]
    [InlineData("打造千亿产业集群。", "千亿产业集群")]
    [InlineData("落实“四个一”机制。", "“四个一”机制")]
    [InlineData("开展十大专项行动。", "十大专项行动")]
    [InlineData("一六统一", "六统一")]
    public void A_term_that_starts_or_ends_with_a_Chinese_numeral_is_not_found_inside_a_larger_number_or_date(string text, string? matched)
    {
        var matches = Glossary.Scan(text, GlossaryScanOptions.Lenient);

        if (matched is null)
        {
            matches.Should().BeEmpty();
            return;
        }

        matches.Should().ContainSingle();
        text.Substring(matches[0].Start, matches[0].Length).Should().Be(matched);
    }

    /// <summary>Spellings made to start or end with each kind of unit the boundary rules look at.</summary>
    /// <remarks>Built for each row rather than once, so that the code that reads a spelling's edges runs in every row
    /// (mutation testing credits code that runs once per process to the first test alone).</remarks>
    private static Glossary Edges() => Glossary.Create(
        new[] { "2035远景", "远景2035", "AI赋能", "赋能AI", "千亩方", "亩产一千" }
            .Select((term, i) => new GlossaryEntry { Number = i + 1, Term = term, Definition = "一条解释。" }));

    [Theory]
    // A digit at the start never follows a digit (0 and 9 are digits, / and : are not), nor a point or comma after one.
    [InlineData("2035远景", "2035远景")]
    [InlineData("12035远景", null)]
    [InlineData("02035远景", null)]
    [InlineData("92035远景", null)]
    [InlineData("１2035远景", null)]
    [InlineData("/2035远景", "2035远景")]
    [InlineData(":2035远景", "2035远景")]
    [InlineData("x2035远景", "2035远景")]
    [InlineData("1.2035远景", null)]
    [InlineData("1,2035远景", null)]
    [InlineData("１.2035远景", null)]
    [InlineData("1．2035远景", "2035远景")]
    [InlineData("1，2035远景", "2035远景")]
    [InlineData(".2035远景", "2035远景")]
    [InlineData("x.2035远景", "2035远景")]
    // A digit at the end never precedes a digit, a percent or per-mille sign, nor a point or comma before a digit.
    [InlineData("远景2035", "远景2035")]
    [InlineData("远景20351", null)]
    [InlineData("远景20350", null)]
    [InlineData("远景20359", null)]
    [InlineData("远景2035１", null)]
    [InlineData("远景2035/", "远景2035")]
    [InlineData("远景2035:", "远景2035")]
    [InlineData("远景2035%", null)]
    [InlineData("远景2035％", null)]
    [InlineData("远景2035‰", null)]
    [InlineData("远景2035.5", null)]
    [InlineData("远景2035,5", null)]
    [InlineData("远景2035.５", null)]
    [InlineData("远景2035.", "远景2035")]
    [InlineData("远景2035,", "远景2035")]
    [InlineData("远景2035.x", "远景2035")]
    [InlineData("远景2035，5", "远景2035")]
    [InlineData("远景2035．5", "远景2035")]
    // Latin letters never touch Latin letters (a and z are letters, ` and { are not, Ｚ folds to z); digits may.
    [InlineData("AI赋能", "AI赋能")]
    [InlineData("aAI赋能", null)]
    [InlineData("zAI赋能", null)]
    [InlineData("ＺAI赋能", null)]
    [InlineData("`AI赋能", "AI赋能")]
    [InlineData("{AI赋能", "AI赋能")]
    [InlineData("5AI赋能", "AI赋能")]
    [InlineData("赋能AI", "赋能AI")]
    [InlineData("赋能AIa", null)]
    [InlineData("赋能AIz", null)]
    [InlineData("赋能AI`", "赋能AI")]
    [InlineData("赋能AI{", "赋能AI")]
    [InlineData("赋能AI5", "赋能AI")]
    // A power of ten at the start never follows a numeral; one at the end never precedes a numeral, a power or a digit.
    [InlineData("千亩方", "千亩方")]
    [InlineData("五千亩方", null)]
    [InlineData("两千亩方", null)]
    [InlineData("一千亩方", null)]
    [InlineData("二千亩方", null)]
    [InlineData("三千亩方", null)]
    [InlineData("四千亩方", null)]
    [InlineData("建千亩方", "千亩方")]
    [InlineData("建千亩方十块", "千亩方")]
    [InlineData("十亩产一千", "亩产一千")]
    [InlineData("亩产一千", "亩产一千")]
    [InlineData("亩产一千五", null)]
    [InlineData("亩产一千〇", null)]
    [InlineData("亩产一千零", null)]
    [InlineData("亩产一千一", null)]
    [InlineData("亩产一千二", null)]
    [InlineData("亩产一千三", null)]
    [InlineData("亩产一千四", null)]
    [InlineData("亩产一千万", null)]
    [InlineData("亩产一千2", null)]
    [InlineData("亩产一千斤", "亩产一千")]
    public void A_spelling_never_touches_a_unit_that_would_join_its_edge_into_a_longer_number_or_word(string text, string? matched)
    {
        var matches = Edges().Scan(text);

        if (matched is null)
        {
            matches.Should().BeEmpty();
            return;
        }

        var match = matches.Should().ContainSingle().Which;
        text.Substring(match.Start, match.Length).Should().Be(matched);
    }

    [Theory]
    [InlineData("建设数字底座平台", "数字底座")]
    [InlineData("打造数字底座", "数字底座")]
    [InlineData("建设“数字底座”", "数字底座")]
    [InlineData("建设数字底座", null)]
    public void A_context_word_of_only_quotation_marks_is_no_context(string text, string? matched)
    {
        var glossary = Glossary.Create(
        [
            new GlossaryEntry
            {
                Number = 1,
                Term = "数字底座",
                Definition = "一条解释。",
                MatchRule = new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, Before = ["“”", "打造"], After = ["「」", "平台"] },
            },
        ]);

        var matches = glossary.Scan(text);

        matches.Select(m => m.Spelling).Should().Equal(matched is null ? Array.Empty<string>() : new[] { matched });
    }

    [Theory]
    [InlineData("七办联动", "七办联动")]
    [InlineData("“七办”联动机制", "“七办”联动")]
    [InlineData("“2+2+N”线上线下一体化服务体系", "“2+2+N”线上线下一体化服务体系")]
    [InlineData("建立“2+2+N”线上线下一体化企业服务体系", "“2+2+N”线上线下一体化企业服务体系")]
    [InlineData("优化\"七办\"联动机制", "\"七办\"联动")]
    [InlineData("优化＂七办＂联动机制", "＂七办＂联动")]
    [InlineData("优化'七办'联动机制", "'七办'联动")]
    [InlineData("构建\"2+2+N\"线上线下一体化服务体系", "\"2+2+N\"线上线下一体化服务体系")]
    [InlineData("优化『七办”联动机制", "七办”联动")]
    // An opening mark inside takes in its closing mark after; marks that pair inside take in nothing.
    [InlineData("优化七办“联动”机制", "七办“联动”")]
    [InlineData("优化七办“联动」机制", "七办“联动")]
    [InlineData("七“办”联动”", "七“办”联动")]
    [InlineData("“七”办』联动", "“七”办』联动")]
    // A straight mark left unpaired inside takes in the same mark before, else after; two inside pair up.
    [InlineData("优化七\"办联动\"机制", "七\"办联动\"")]
    [InlineData("\"七\"办\"联动", "七\"办\"联动")]
    [InlineData("'七\"办'联动\"", "七\"办'联动\"")]
    public void The_longest_spelling_starting_leftmost_wins_and_takes_in_the_quotes_it_opens(string text, string matched)
    {
        var match = Glossary.Scan(text).Should().ContainSingle().Which;

        text.Substring(match.Start, match.Length).Should().Be(matched);
    }

    [Fact]
    public void A_match_never_takes_in_a_quotation_mark_the_match_before_it_took()
    {
        var text = "七\"办联动\"七\"办联动";

        var matches = Glossary.Scan(text);

        matches.Select(m => text.Substring(m.Start, m.Length)).Should().Equal("七\"办联动\"", "七\"办联动");
    }

    [Fact]
    public void A_NUL_is_a_character_not_a_quotation_mark()
    {
        Glossary.Scan("六\0统一").Should().BeEmpty();
        Glossary.TryGet("六\0统一", out _).Should().BeFalse();
    }

    [Fact]
    public void Matches_are_ordered_and_never_overlap()
    {
        var text = "“七办”联动七办联动“135”培养机制六统一六统一";

        var matches = Glossary.Scan(text);

        matches.Select(m => m.Entry.Number).Should().Equal(28, 28, 17, 13, 13);
        matches.Zip(matches.Skip(1), (a, b) => a.End <= b.Start).Should().OnlyContain(ordered => ordered);
    }

    [Fact]
    public void Offsets_are_utf16_code_units_of_the_original_text()
    {
        var text = "😀散租统管“六统一”模式";

        var match = Glossary.Scan(text).Should().ContainSingle().Which;

        match.Start.Should().Be(7, "the emoji is two code units");
        match.Length.Should().Be(3);
        match.End.Should().Be(10);
        match.Spelling.Should().Be("六统一");
    }

    [Fact]
    public void Notes_match_only_by_their_own_anchor_text()
    {
        Glossary.Scan("交通物流营收、批零销售额、房地产销售面积、建筑业产值均占全市超四分之一。").Should().ContainSingle()
            .Which.Entry.Number.Should().Be(9);
        Glossary.Scan("全文备注：数据截至11月30日。").Should().BeEmpty("全文备注's rule is never");
    }

    [Fact]
    public void The_span_overload_enumerates_the_same_matches_without_a_list()
    {
        var text = Report.Body;
        var fromSpan = new System.Collections.Generic.List<GlossaryMatch>();
        foreach (var match in Glossary.Scan(text.AsSpan()))
        {
            fromSpan.Add(match);
        }

        fromSpan.Should().Equal(Glossary.Scan(text));
    }

    [Fact]
    public void Empty_text_has_no_matches_and_null_is_refused()
    {
        Glossary.Scan(string.Empty).Should().BeEmpty();
        FluentActions.Invoking(() => Glossary.Scan((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => Glossary.Scan((System.IO.TextReader)null!)).Should().Throw<ArgumentNullException>().WithParameterName("reader");
    }

    [Theory]
    [InlineData(65536 - 40)]
    [InlineData(65536 - 1)]
    [InlineData(65536)]
    [InlineData(65536 + 1)]
    [InlineData(2 * 65536 - 100)]
    public void A_term_that_straddles_two_reads_of_a_stream_is_found_at_its_offset(int offset)
    {
        var text = new string('文', offset) + "优化“七办”联动机制" + new string('字', 70_000);

        var matches = Glossary.Scan(new TrickleReader(text, 4093)).ToList();

        matches.Should().ContainSingle().Which.Start.Should().Be(offset + 2);
        matches[0].Length.Should().Be(6);
    }

    [Fact]
    public void A_custom_glossary_matches_its_own_terms()
    {
        var glossary = GlossaryJson.Load(GlossaryJson.Document(GlossaryJson.Entry13));

        glossary.Scan("推行六統一").Should().ContainSingle().Which.Start.Should().Be(2);
    }
}
