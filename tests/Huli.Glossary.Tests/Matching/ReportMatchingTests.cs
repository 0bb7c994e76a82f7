using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>The matcher on the report itself, its traditional-script copies and a dictionary of everyday Chinese.</summary>
public class ReportMatchingTests
{
    private static Glossary Glossary => Glossary.Default;

    /// <summary>
    /// How often the body uses each entry, counted by hand from the report: the footnote spot of every term
    /// entry and its repeats (2+2+N twice, “360” twice, 两改造三提升 twice, “七办”联动 and 七办联动, and
    /// 城中村现代化治理 five times: the footnote of 三类城中村现代化治理 sits on one of them). Notes 2 and 3
    /// have no anchor text in the body (全文备注 is never written out; 软件信息业…实现营收翻番 is split).
    /// </summary>
    public static TheoryData<int, int> ExpectedUses => new()
    {
        { 1, 1 }, { 4, 1 }, { 5, 2 }, { 6, 1 }, { 7, 1 }, { 8, 1 }, { 9, 1 }, { 10, 2 }, { 11, 1 }, { 12, 1 },
        { 13, 1 }, { 14, 2 }, { 15, 1 }, { 16, 1 }, { 17, 1 }, { 18, 1 }, { 19, 1 }, { 20, 1 }, { 21, 1 },
        { 22, 1 }, { 23, 1 }, { 24, 1 }, { 25, 1 }, { 26, 1 }, { 27, 1 }, { 28, 2 }, { 29, 1 }, { 30, 1 },
        { 31, 1 }, { 32, 1 }, { 33, 5 }, { 34, 1 }, { 35, 1 }, { 36, 1 }, { 37, 1 }, { 38, 1 }, { 39, 1 },
    };

    [Theory]
    [MemberData(nameof(ExpectedUses))]
    public void Each_entry_is_found_in_the_report_body_exactly_as_often_as_the_report_uses_it(int number, int uses)
    {
        Glossary.Scan(Report.Body).Count(m => m.Entry.Number == number).Should().Be(uses);
    }

    [Fact]
    public void Nothing_else_in_the_report_body_matches()
    {
        var expected = ExpectedUses.Sum(row => (int)row[1]);

        Glossary.Scan(Report.Body).Should().HaveCount(expected);
    }

    [Fact]
    public void Every_match_in_the_body_lies_in_a_sentence_the_data_lists_as_a_usage_of_its_entry()
    {
        foreach (var match in Glossary.Scan(Report.Body))
        {
            var sentences = match.Entry.Usages.Select(u => Report.Damage(u.Sentence));
            sentences.Should().Contain(
                s => IndexOfSentenceAround(match, s) >= 0,
                "the match {0} ({1}) is a usage of its entry", Report.Body.Substring(match.Start, match.Length), match.Entry);
        }
    }

    [Fact]
    public void The_body_matches_start_and_end_where_the_terms_are_written()
    {
        var matches = Glossary.Scan(Report.Body).Select(m => Report.Body.Substring(m.Start, m.Length)).ToList();

        matches.Should().Contain(new[]
        {
            "10 13", "“七办”联动", "七办联动", "“2 2 n”线上线下一体化企业服务体系", "“2 2 n”企业服务体系", "9 1 n",
            "“360”两违管控机制", "“360”“两违”", "福建“十五条”", "“四级”培育体系", "10大专项行动", "“四个一”机制", "135", "十有",
        });
    }

    [Theory]
    [InlineData("TW")]
    [InlineData("HK")]
    public void The_report_in_traditional_script_gives_the_same_matches_at_the_same_offsets(string region)
    {
        var traditional = Report.Traditional(region);

        var expected = Glossary.Scan(Report.Full).Select(m => (m.Start, m.Length, m.Entry.Number));
        var actual = Glossary.Scan(traditional).Select(m => (m.Start, m.Length, m.Entry.Number));

        actual.Should().Equal(expected);
    }

    [Fact]
    public void The_automaton_finds_what_the_reference_matcher_finds_in_the_report_and_its_traditional_copies()
    {
        foreach (var text in new[] { Report.Full, Report.Traditional("TW"), Report.Traditional("HK") })
        {
            Glossary.Scan(text).Should().Equal(ReferenceMatcher.Scan(Glossary, text));
        }
    }

    [Fact]
    public void A_dictionary_of_everyday_Chinese_words_yields_no_match()
    {
        // jieba's dictionary: 349,046 words of everyday Chinese, among them 三位一体, 四级 and 十五条.
        var words = File.ReadLines(Report.DataPath("jieba-dict.txt")).Select(line => line.Split(' ')[0]).ToList();
        words.Should().Contain(new[] { "三位一体", "四级", "十五条" }).And.HaveCountGreaterThan(300_000);

        var matches = Glossary.Scan(string.Join("。", words));

        matches.Select(m => m.Spelling).Should().BeEmpty();
    }

    [Fact]
    public void Scanning_a_reader_gives_the_matches_of_scanning_the_string()
    {
        var text = string.Concat(Enumerable.Repeat(Report.Full, 8));

        var fromReader = Glossary.Scan(new TrickleReader(text, 997)).ToList();

        fromReader.Should().Equal(Glossary.Scan(text));
        fromReader.Should().HaveCount(8 * Glossary.Scan(Report.Full).Count);
    }

    private static int IndexOfSentenceAround(GlossaryMatch match, string sentence)
    {
        for (var start = Report.Body.IndexOf(sentence, StringComparison.Ordinal); start >= 0; start = Report.Body.IndexOf(sentence, start + 1, StringComparison.Ordinal))
        {
            if (start <= match.Start && match.End <= start + sentence.Length)
            {
                return start;
            }
        }

        return -1;
    }
}
