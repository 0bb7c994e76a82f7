using System;
using System.Collections.Generic;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Extraction;

/// <summary>
/// The extractor on the 89 real documents of the corpus. Four of them end with explanations; the counts, headings
/// and last lines below were established by reading those sections: Guangdong's 18 entries end the file (附件1 comes
/// before them), Jiangxi's 17 follow 附件 and its heading, Sichuan's 50 end the file, and Yunnan's 44 stop at the
/// 附件 of its ten practical projects.
/// </summary>
public class CorpusExtractionTests
{
    private static readonly Lazy<string> Readme = new(() => System.IO.File.ReadAllText(System.IO.Path.Combine(Report.DataPath(".."), "..", "..", "..", "..", "..", "README.md")));

    public static TheoryData<string, int, string> WithSection => new()
    {
        { "prov2025-guangdong.txt", 18, "附件2 名词解释" },
        { "prov2025-jiangxi.txt", 17, "《政府工作报告》有关内容名词注释" },
        { "prov2025-sichuan.txt", 50, "名词解释" },
        { "prov2025-yunnan.txt", 44, "名词解释" },
    };

    [Theory]
    [MemberData(nameof(WithSection))]
    public void A_report_with_explanations_gives_every_entry_numbered_in_order_under_its_heading(string file, int count, string heading)
    {
        var result = GlossaryExtractor.Extract(Shared.CorpusReport(file));

        result.Glossary.Entries.Select(entry => entry.Number).Should().Equal(Enumerable.Range(1, count));
        result.Heading.Should().Be(heading);
    }

    [Theory]
    [MemberData(nameof(WithSection))]
    public void Each_entry_is_its_line_of_the_section_split_at_the_colon_term_and_definition_word_for_word(string file, int count, string heading)
    {
        var text = Shared.CorpusReport(file);
        var result = GlossaryExtractor.Extract(text);
        var lines = SectionLines(text, result.HeadingLine, count);

        foreach (var entry in result.Glossary.Entries)
        {
            var line = lines[entry.Number - 1];
            new[] { $"{entry.Number}.{entry.Term}：{entry.Definition}", $"{entry.Number}．{entry.Term}：{entry.Definition}" }
                .Should().Contain(line, $"entry {entry.Number} of {heading}");
        }
    }

    [Fact]
    public void Sichuan_s_partly_quoted_and_joined_terms_give_their_short_forms()
    {
        var glossary = GlossaryExtractor.Extract(Shared.CorpusReport("prov2025-sichuan.txt")).Glossary;

        glossary.Get("18条").Number.Should().Be(3);
        glossary.Get("一箱制").Number.Should().Be(32);
        glossary.Get("智行走廊").Number.Should().Be(33);
        glossary.TryGet("1+8", out _).Should().BeFalse("two entries have a “1+8”, so neither owns the short form");
    }

    [Fact]
    public void Jiangxi_s_two_joined_terms_are_each_an_alias_and_its_definition_two_components()
    {
        var entry = GlossaryExtractor.Extract(Shared.CorpusReport("prov2025-jiangxi.txt")).Glossary[1];

        entry.Aliases.Select(alias => alias.Text).Should().Equal("“两重”", "“两新”");
        entry.Components.Select(component => component.Text).Should().Equal("国家重大战略实施和重点领域安全能力建设", "大规模设备更新和消费品以旧换新");
    }

    [Fact]
    public void Every_other_document_of_the_corpus_gives_an_empty_glossary_and_says_why()
    {
        var withSection = WithSection.Select(row => (string)row[0]).ToHashSet();
        var others = Shared.CorpusFiles().Where(file => !withSection.Contains(file)).ToList();
        others.Should().HaveCount(85);

        foreach (var file in others)
        {
            var result = GlossaryExtractor.Extract(Shared.CorpusReport(file));

            result.Glossary.Entries.Should().BeEmpty(file);
            result.Heading.Should().BeNull(file);
            result.Warnings.Should().ContainSingle(file).Which.Message.Should().StartWith("The report has no explanations section");
        }
    }

    [Fact]
    public void A_report_whose_notes_were_cut_off_says_how_many_markers_its_body_has()
    {
        var result = GlossaryExtractor.Extract(Shared.CorpusReport("prov2025-hainan.txt"));

        result.Warnings.Should().ContainSingle().Which.Message.Should().Contain("25 note markers (1 to 25)");
    }

    [Theory]
    [InlineData("Huli 2024 (web copy, footer included)", null)]
    [InlineData("Guangdong 2025", "prov2025-guangdong.txt")]
    [InlineData("Jiangxi 2025", "prov2025-jiangxi.txt")]
    [InlineData("Sichuan 2025", "prov2025-sichuan.txt")]
    [InlineData("Yunnan 2025", "prov2025-yunnan.txt")]
    public void The_README_s_corpus_figures_are_what_extraction_gives(string report, string? file)
    {
        var result = GlossaryExtractor.Extract(file is null ? Shared.SeedReport : Shared.CorpusReport(file));
        var entries = result.Glossary.Entries;
        var aliases = entries.SelectMany(entry => entry.Aliases).ToList();
        var contextual = entries.Count(entry => entry.MatchRule.Mode == GlossaryMatchMode.QuotedOrContext)
            + aliases.Count(alias => alias.MatchRule.Mode == GlossaryMatchMode.QuotedOrContext);
        var row = $"| {report} | {result.Heading} | {entries.Count} | {entries.Count(entry => entry.Kind == GlossaryEntryKind.Note)} | {aliases.Count} "
            + $"| {contextual} of {entries.Count + aliases.Count} | {entries.Count(entry => entry.Pinyin is not null)} "
            + $"| {entries.Count(entry => entry.Usages.Count > 0)} | {entries.Count(entry => entry.Components.Count > 0)} |";

        Readme.Value.Should().Contain(row);
    }

    private static List<string> SectionLines(string text, int headingLine, int count) =>
        text.Split('\n').Skip(headingLine).Select(line => line.Trim()).Where(line => line.Length > 0).Take(count).ToList();
}
