using System;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>Why a match counts and how sure it is, on sentences written for the test: each kind of evidence both ways.</summary>
public class EvidenceTests
{
    private static Glossary Glossary => Glossary.Default;

    [Theory]
    [InlineData("推行“六统一”模式", "六统一", GlossaryEvidence.DistinctiveSpelling, 0.95)]
    [InlineData("学校推行135培养机制。", "135", GlossaryEvidence.ContextWord, 0.9)]
    [InlineData("落实福建“十五条”", "福建“十五条”", GlossaryEvidence.DistinctiveSpelling, 0.95)]
    [InlineData("优化“七办”体系", "七办", GlossaryEvidence.ContextWord, 0.9)]
    [InlineData("他们说“七办”。", "七办", GlossaryEvidence.Quotes, 0.8)]
    // A spelling that is not generic needs no document context, and its quotes stay the evidence in a text that has one.
    [InlineData("湖里区说“七办”。", "七办", GlossaryEvidence.Quotes, 0.8)]
    [InlineData("湖里区打造“三位一体”合规体系", "三位一体", GlossaryEvidence.DocumentContext, 0.85)]
    [InlineData("湖里区培育千亿产业集群", "千亿产业集群", GlossaryEvidence.DocumentContext, 0.85)]
    [InlineData("推行六统一，深化七办联动，落实“四级”要求", "四级", GlossaryEvidence.DocumentContext, 0.85)]
    [InlineData("确保教育支出“两个只增不减”", "两个只增不减", GlossaryEvidence.DistinctiveSpelling, 0.95)]
    public void A_precise_match_says_why_it_counts_and_how_sure_it_is(string text, string matched, GlossaryEvidence evidence, double confidence)
    {
        var match = Glossary.Scan(text).Where(m => text.Substring(m.Start, m.Length).Contains(matched, StringComparison.Ordinal)).Should().ContainSingle().Subject;

        match.Evidence.Should().Be(evidence);
        match.Confidence.Should().Be(confidence);
    }

    [Theory]
    // Another province's farmland rule and rural co-operatives: quotes are no evidence of the district's sense.
    [InlineData("统筹耕地数量、质量、生态“三位一体”改革", "三位一体", GlossaryEvidence.Quotes, 0.5)]
    [InlineData("学校叫它“135”。", "135", GlossaryEvidence.Quotes, 0.5)]
    [InlineData("全省培育千亿产业集群", "千亿产业集群", GlossaryEvidence.SpellingOnly, 0.3)]
    // One distinctive term is not yet a document about the district.
    [InlineData("推行六统一，落实“四级”要求", "四级", GlossaryEvidence.Quotes, 0.5)]
    // Nor is one distinctive term used twice, nor shared concepts, nor terms found by their context words.
    [InlineData("推行六统一，再推六统一，落实“四级”要求", "四级", GlossaryEvidence.Quotes, 0.5)]
    [InlineData("确保“两个只增不减”，深化五社联动，落实“四级”要求", "四级", GlossaryEvidence.Quotes, 0.5)]
    [InlineData("学校推行135培养机制，优化“七办”体系，落实“四级”要求", "四级", GlossaryEvidence.Quotes, 0.5)]
    // A place named after the use comes too late for it.
    [InlineData("深化生产、供销、信用“三位一体”改革，湖里区", "三位一体", GlossaryEvidence.Quotes, 0.5)]
    public void A_generic_spelling_without_context_is_found_only_on_the_lenient_policy(string text, string matched, GlossaryEvidence evidence, double confidence)
    {
        Glossary.Scan(text).Should().NotContain(m => m.Spelling == matched);

        var match = Glossary.Scan(text, GlossaryScanOptions.Lenient).Should().ContainSingle(m => m.Spelling == matched).Subject;
        match.Evidence.Should().Be(evidence);
        match.Confidence.Should().Be(confidence);
    }

    /// <summary>A generic spelling whose rule is always, with a context word after it, in a glossary of one place.</summary>
    private static Glossary AlwaysWithContext() => Glossary.Create(
        [new GlossaryEntry
        {
            Number = 1,
            Term = "数字底座",
            Definition = "一条解释。",
            MatchRule = new GlossaryMatchRule { Mode = GlossaryMatchMode.Always, Generic = true, After = ["平台"] },
        }],
        places: ["湖里"]);

    [Theory]
    [InlineData("建设数字底座平台", GlossaryEvidence.ContextWord, 0.9)]
    [InlineData("湖里建设数字底座平台", GlossaryEvidence.ContextWord, 0.9)]
    [InlineData("湖里建设数字底座", GlossaryEvidence.DocumentContext, 0.85)]
    [InlineData("建设数字底座", GlossaryEvidence.SpellingOnly, 0.3)]
    public void A_generic_spelling_that_always_counts_gives_its_context_word_first_then_the_documents_then_itself(string text, GlossaryEvidence evidence, double confidence)
    {
        var match = AlwaysWithContext().Scan(text, GlossaryScanOptions.Lenient).Should().ContainSingle().Subject;

        match.Evidence.Should().Be(evidence);
        match.Confidence.Should().Be(confidence);
    }

    [Theory]
    [InlineData("湖里建设数字底座")]
    [InlineData("湖里区建设数字底座")]
    [InlineData("湖里区湖里建设数字底座")]
    public void A_place_with_two_names_one_inside_the_other_is_named_by_either(string text)
    {
        var glossary = GenericTermIn("湖里", "湖里区");

        glossary.Scan(text, GlossaryScanOptions.Lenient).Should().ContainSingle().Which.Evidence.Should().Be(GlossaryEvidence.DocumentContext);
        glossary.Scan("建设数字底座", GlossaryScanOptions.Lenient).Should().ContainSingle().Which.Evidence.Should().Be(GlossaryEvidence.SpellingOnly);
    }

    [Fact]
    public void A_place_name_longer_than_every_spelling_still_tells_what_the_text_is_about()
    {
        // 46 characters: more than twice the spelling's 4 and 32 more, so the walk must reach past what the spellings need.
        const string Place = "福建省厦门市湖里区人民政府办公室综合科与信息中心联合工作组第三分组第四小队第五值班室外勤人员";

        GenericTermIn(Place).Scan(Place + "建设数字底座", GlossaryScanOptions.Lenient).Should().ContainSingle().Which.Evidence.Should().Be(GlossaryEvidence.DocumentContext);
    }

    /// <summary>A generic spelling whose rule is always, without context words, in a glossary of the given place names.</summary>
    private static Glossary GenericTermIn(params string[] places) => Glossary.Create(
        [new GlossaryEntry
        {
            Number = 1,
            Term = "数字底座",
            Definition = "一条解释。",
            MatchRule = new GlossaryMatchRule { Mode = GlossaryMatchMode.Always, Generic = true },
        }],
        places: places);

    [Theory]
    [InlineData("打造“三位一体”合规体系")]
    [InlineData("全区培育千亿产业集群")]
    public void A_caller_who_says_the_text_is_the_districts_lets_generic_spellings_count(string text)
    {
        var match = Glossary.Scan(text, new GlossaryScanOptions { AboutGlossaryPlace = true }).Should().ContainSingle().Subject;

        match.Evidence.Should().Be(GlossaryEvidence.Caller);
        match.Confidence.Should().Be(0.85);
        Glossary.Scan(text).Should().BeEmpty();
    }

    [Theory]
    // Other places' jargon shaped like the district's: none is the same concept, on any policy.
    [InlineData("建立“四级三类”国土空间规划体系")]
    [InlineData("深化“四个一批”项目管理")]
    [InlineData("完善“1+1+N”预算绩效管理制度")]
    [InlineData("构建“1+11”示范区体系")]
    [InlineData("推进45个重点领域信用监管")]
    [InlineData("省市县乡四级行政执法协调监督体系")]
    public void Another_places_jargon_resolves_to_no_entry_even_in_a_text_about_the_district(string text)
    {
        Glossary.Scan(text, GlossaryScanOptions.Lenient).Should().BeEmpty();
        Glossary.Scan("湖里区" + text, new GlossaryScanOptions { MinConfidence = 0 }).Should().BeEmpty();
    }

    [Fact]
    public void The_minimum_confidence_decides_which_matches_are_returned()
    {
        const string Text = "推行六统一，耕地“三位一体”保护，培育千亿产业集群";

        Glossary.Scan(Text, new GlossaryScanOptions { MinConfidence = 0.9 }).Select(m => m.Entry.Number).Should().Equal(13);
        Glossary.Scan(Text, new GlossaryScanOptions { MinConfidence = 0.5 }).Select(m => m.Entry.Number).Should().Equal(13, 11);
        Glossary.Scan(Text, new GlossaryScanOptions { MinConfidence = 0 }).Select(m => m.Entry.Number).Should().Equal(13, 11, 7);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_confidence_outside_0_to_1_is_refused(double confidence)
    {
        FluentActions.Invoking(() => new GlossaryScanOptions { MinConfidence = confidence }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new GlossaryMatch(0, 1, Glossary[13], "六统一", GlossaryEvidence.Quotes, confidence)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_match_built_in_code_without_evidence_is_the_callers_say_so()
    {
        var match = new GlossaryMatch(0, 3, Glossary[13], "六统一");

        match.Evidence.Should().Be(GlossaryEvidence.Caller);
        match.Confidence.Should().Be(1);
    }

    [Fact]
    public void Document_context_from_a_stream_is_what_the_stream_said_so_far_and_equals_the_string()
    {
        var text = new string('文', 70_000) + "湖里区" + new string('字', 70_000) + "打造“三位一体”合规体系";

        var fromReader = Glossary.Scan(new TrickleReader(text, 4093)).ToList();

        fromReader.Should().ContainSingle().Which.Evidence.Should().Be(GlossaryEvidence.DocumentContext);
        fromReader.Should().Equal(Glossary.Scan(text));
    }

    [Fact]
    public void Annotation_uses_the_scan_options_it_is_given()
    {
        const string Text = "耕地“三位一体”保护";
        var precise = new System.IO.StringWriter();
        var lenient = new System.IO.StringWriter();

        Glossary.Annotate(Text, precise, new AnnotationOptions { Format = AnnotationFormat.Json });
        Glossary.Annotate(Text, lenient, new AnnotationOptions { Format = AnnotationFormat.Json, Scan = GlossaryScanOptions.Lenient });

        precise.ToString().Should().Be("[]\n");
        lenient.ToString().Should().Contain("\"evidence\":\"quotes\",\"confidence\":0.5}");
    }
}
