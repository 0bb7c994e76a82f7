using System;
using System.Linq;
using Huli.Glossary.Folding;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Extraction;

/// <summary>The extractor on the web copy of the Huli report, checked against glossary.json, which was made by hand.</summary>
public class SeedExtractionTests
{
    private static readonly Lazy<GlossaryExtraction> Result = new(() => GlossaryExtractor.Extract(Shared.SeedReport));

    [Fact]
    public void The_web_copy_gives_the_39_entries_numbered_1_to_39_without_warnings()
    {
        Result.Value.Glossary.Entries.Select(entry => entry.Number).Should().Equal(Enumerable.Range(1, 39));
        Result.Value.Warnings.Should().BeEmpty();
        Result.Value.Heading.Should().Be("名词解释");
    }

    [Fact]
    public void The_spaced_out_title_line_is_the_source_and_with_the_heading_the_title()
    {
        Result.Value.Glossary.Source.Should().Be("政府工作报告");
        Result.Value.Glossary.Title.Should().Be("政府工作报告 名词解释");
    }

    [Fact]
    public void Each_term_is_glossary_json_s_once_folded()
    {
        foreach (var entry in Result.Value.Glossary.Entries)
        {
            TextFolding.FoldKey(entry.Term.AsSpan()).Should().Be(TextFolding.FoldKey(Glossary.Default[entry.Number].Term.AsSpan()), $"entry {entry.Number}");
        }
    }

    [Fact]
    public void Each_definition_is_glossary_json_s_with_the_copy_s_damage()
    {
        foreach (var entry in Result.Value.Glossary.Entries)
        {
            entry.Definition.Should().Be(Report.Damage(Glossary.Default[entry.Number].Definition), $"entry {entry.Number}");
        }
    }

    [Fact]
    public void The_notes_of_glossary_json_are_the_notes_found()
    {
        Result.Value.Glossary.Entries.Where(entry => entry.Kind == GlossaryEntryKind.Note).Select(entry => entry.Number)
            .Should().Equal(Glossary.Default.Entries.Where(entry => entry.Kind == GlossaryEntryKind.Note).Select(entry => entry.Number));
    }

    [Fact]
    public void The_page_footer_after_the_last_entry_is_not_part_of_it()
    {
        Result.Value.Glossary[39].Definition.Should().Be(Report.Damage(Glossary.Default[39].Definition));
        Shared.SeedReport.Should().Contain("本文地址", "the copy's footer is what this test is about");
    }

    [Fact]
    public void Every_entry_the_body_uses_by_its_term_has_the_sentence_that_uses_it()
    {
        var glossary = Result.Value.Glossary;
        foreach (var entry in glossary.Entries.Where(entry => entry.Kind == GlossaryEntryKind.Term && entry.Usages.Count > 0))
        {
            entry.Usages.Should().OnlyContain(usage => glossary.Scan(usage.Sentence).Any(match => match.Entry.Number == entry.Number), $"entry {entry.Number}");
        }

        glossary[17].Usages.Select(usage => usage.Sentence).Should().ContainSingle().Which.Should().Contain("“135”培养机制");
    }

    [Theory]
    [InlineData(13)]
    [InlineData(17)]
    [InlineData(23)]
    [InlineData(37)]
    public void A_usage_s_heading_path_is_glossary_json_s_with_the_copy_s_damage(int number)
    {
        var usage = Result.Value.Glossary[number].Usages.Should().ContainSingle().Subject;
        var expected = Glossary.Default[number].Usages.Should().ContainSingle().Subject;

        usage.Section.Should().Be(Report.Damage(expected.Section));
        usage.Sentence.Should().Be(Report.Damage(expected.Sentence));
    }

    [Fact]
    public void The_short_forms_of_partly_quoted_terms_carry_the_term_s_own_context()
    {
        var fifteen = Result.Value.Glossary[23].Aliases.Should().ContainSingle().Subject;
        fifteen.Text.Should().Be("十五条");
        fifteen.MatchRule.Mode.Should().Be(GlossaryMatchMode.QuotedOrContext);
        fifteen.MatchRule.Before.Should().Equal("福建");

        var level = Result.Value.Glossary[24].Aliases.Should().ContainSingle().Subject;
        level.Text.Should().Be("四级");
        level.MatchRule.After.Should().Equal("培育体系");
    }
}
