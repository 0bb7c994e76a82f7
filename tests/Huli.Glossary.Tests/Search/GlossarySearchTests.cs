using System;
using System.Linq;
using System.Threading.Tasks;

namespace Huli.Glossary.Tests.Search;

/// <summary>Search and autocomplete over the default glossary: what people type, and what they must not get.</summary>
public class GlossarySearchTests
{
    private static Glossary Glossary => Glossary.Default;

    [Theory]
    // exact headword, in every folded spelling
    [InlineData("六统一", 13, GlossarySearchKind.Exact)]
    [InlineData("六統一", 13, GlossarySearchKind.Exact)]
    [InlineData("２＋２＋Ｎ线上线下一体化服务体系", 10, GlossarySearchKind.Exact)]
    [InlineData("“四个一”机制", 37, GlossarySearchKind.Exact)]
    [InlineData("epc", null, null)]
    // aliases
    [InlineData("七办", 28, GlossarySearchKind.Alias)]
    [InlineData("2 2 n", 10, GlossarySearchKind.Alias)]
    [InlineData("十五條", 23, GlossarySearchKind.Alias)]
    [InlineData("10大专项行动", 27, GlossarySearchKind.Alias)]
    // prefixes
    [InlineData("七办联", 28, GlossarySearchKind.Prefix)]
    [InlineData("两改造", 5, GlossarySearchKind.Prefix)]
    [InlineData("软件信息业", 3, GlossarySearchKind.Prefix)]
    [InlineData("立体", 35, GlossarySearchKind.Prefix)]
    // substrings
    [InlineData("攻坚", 36, GlossarySearchKind.Substring)]
    [InlineData("只增不减", 16, GlossarySearchKind.Substring)]
    [InlineData("现代化治理", 33, GlossarySearchKind.Substring)]
    [InlineData("两违", 14, GlossarySearchKind.Substring)]
    // pinyin: whole, spaced, tone-marked, capitalised, mixed, begun, inside
    [InlineData("liutongyi", 13, GlossarySearchKind.Pinyin)]
    [InlineData("liu tong yi", 13, GlossarySearchKind.Pinyin)]
    [InlineData("Liù Tǒng Yī", 13, GlossarySearchKind.Pinyin)]
    [InlineData("LIUTONGYI", 13, GlossarySearchKind.Pinyin)]
    [InlineData("六tongyi", 13, GlossarySearchKind.Pinyin)]
    [InlineData("liutongy", 13, GlossarySearchKind.Pinyin)]
    [InlineData("qibanliandong", 28, GlossarySearchKind.Pinyin)]
    [InlineData("lianggaizaosantisheng", 5, GlossarySearchKind.Pinyin)]
    [InlineData("shidazhuanxiang", 27, GlossarySearchKind.Pinyin)]
    [InlineData("hangye", 25, GlossarySearchKind.Pinyin)]
    [InlineData("zhizengbujian", 16, GlossarySearchKind.Pinyin)]
    [InlineData("wushelian", 34, GlossarySearchKind.Pinyin)]
    // initials
    [InlineData("lty", 13, GlossarySearchKind.PinyinInitials)]
    [InlineData("qbld", 28, GlossarySearchKind.PinyinInitials)]
    [InlineData("lgzsts", 5, GlossarySearchKind.PinyinInitials)]
    [InlineData("wdgjz", 36, GlossarySearchKind.PinyinInitials)]
    [InlineData("zcz", 31, GlossarySearchKind.PinyinInitials)]
    [InlineData("zhczh", 31, GlossarySearchKind.PinyinInitials)]
    // homophones an input method picks
    [InlineData("六桶一", 13, GlossarySearchKind.Homophone)]
    [InlineData("七半联动", 28, GlossarySearchKind.Homophone)]
    [InlineData("五大功坚战", 36, GlossarySearchKind.Homophone)]
    [InlineData("两改造三题升", 5, GlossarySearchKind.Homophone)]
    [InlineData("四同布", 18, GlossarySearchKind.Homophone)]
    // typos by edit distance, in characters and in pinyin
    [InlineData("liutongyu", 13, GlossarySearchKind.Fuzzy)]
    [InlineData("qibanliandon", 28, GlossarySearchKind.Pinyin)]
    [InlineData("qibnliandong", 28, GlossarySearchKind.Fuzzy)]
    [InlineData("liangaizaosantisheng", 5, GlossarySearchKind.Fuzzy)]
    [InlineData("六先七后", 20, GlossarySearchKind.Fuzzy)]
    [InlineData("两改造四提升", 5, GlossarySearchKind.Fuzzy)]
    // words of the items and of the definition
    [InlineData("租金", 13, GlossarySearchKind.Component)]
    [InlineData("出租房", 13, GlossarySearchKind.Component)]
    [InlineData("租客入住", 13, GlossarySearchKind.Component)]
    [InlineData("海峡两岸融合发展", 22, GlossarySearchKind.Definition)]
    // a longer query that holds a spelling, scanned as running text is, match rules included
    [InlineData("六统一模式", 13, GlossarySearchKind.InQuery)]
    [InlineData("推行“七办”联动机制", 28, GlossarySearchKind.InQuery)]
    [InlineData("电话13512345678", null, null)]
    [InlineData("英语四级", null, null)]
    // words of a sentence of the report that uses the entry (three entries share it; ties go by number)
    [InlineData("散租统管", 5, GlossarySearchKind.Usage)]
    // nothing to do with the glossary
    [InlineData("天气", null, null)]
    [InlineData("手机号码", null, null)]
    [InlineData("你好", null, null)]
    [InlineData("今天吃什么", null, null)]
    [InlineData("asdf", null, null)]
    [InlineData("qwertyuiop", null, null)]
    [InlineData("hello world", null, null)]
    [InlineData("xyzzy", null, null)]
    [InlineData("l", null, null)]
    public void The_first_result_is_the_entry_a_person_means_or_nothing(string query, int? number, GlossarySearchKind? kind)
    {
        var results = Glossary.Search(query);

        if (number is null)
        {
            results.Should().BeEmpty();
            return;
        }

        results.Should().NotBeEmpty();
        results[0].Entry.Number.Should().Be(number.Value, $"the results were {string.Join(", ", results)}");
        results[0].Kind.Should().Be(kind);
    }

    [Fact]
    public void The_table_covers_every_kind_of_match()
    {
        var kinds = typeof(GlossarySearchTests).GetMethod(nameof(The_first_result_is_the_entry_a_person_means_or_nothing))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(data => data.GetData(null!).Single()[2])
            .OfType<GlossarySearchKind>()
            .Distinct();

        kinds.Should().BeEquivalentTo(Enum.GetValues<GlossarySearchKind>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("“”")]
    public void Empty_or_blank_queries_find_nothing(string query)
    {
        Glossary.Search(query).Should().BeEmpty();
        Glossary.Suggest(query).Should().BeEmpty();
    }

    [Fact]
    public void Each_entry_appears_once_with_its_best_match()
    {
        var results = Glossary.Search("七办");

        results.Select(r => r.Entry.Number).Should().OnlyHaveUniqueItems();
        results[0].Kind.Should().Be(GlossarySearchKind.Alias);
        results[0].MatchedText.Should().Be("七办");
    }

    [Theory]
    [InlineData("六")]
    [InlineData("liu")]
    [InlineData("体系")]
    [InlineData("服务")]
    public void Results_are_ordered_by_score_then_kind_then_number_with_scores_between_0_and_1(string query)
    {
        var results = Glossary.Search(query, 39);

        results.Should().NotBeEmpty();
        results.Should().OnlyContain(r => r.Score > 0 && r.Score <= 1);
        results.Should().BeInDescendingOrder(r => r.Score);
        for (var i = 1; i < results.Count; i++)
        {
            if (results[i].Score == results[i - 1].Score)
            {
                (results[i - 1].Kind, results[i - 1].Entry.Number).Should().BeLessThan((results[i].Kind, results[i].Entry.Number));
            }
        }
    }

    [Fact]
    public void The_same_query_gives_the_same_results_on_every_thread()
    {
        var queries = new[] { "六", "liu", "lty", "六桶一", "租金", "体系", "服务" };
        var expected = queries.Select(q => string.Join("; ", Glossary.Search(q, 39))).ToArray();

        var fresh = Glossary.Load(typeof(Glossary).Assembly.GetManifestResourceStream("Huli.Glossary.glossary.json")!);
        var actual = new string[20][];
        Parallel.For(0, actual.Length, i => actual[i] = queries.Select(q => string.Join("; ", fresh.Search(q, 39))).ToArray());

        actual.Should().AllSatisfy(run => run.Should().Equal(expected));
    }

    [Fact]
    public void Limit_caps_the_number_of_results()
    {
        Glossary.Search("六", 39).Count.Should().BeGreaterThan(2);
        Glossary.Search("六", 2).Should().HaveCount(2);
        Glossary.Suggest("六", 1).Should().HaveCount(1);
    }

    [Fact]
    public void Null_queries_throw_ArgumentNullException_naming_the_parameter()
    {
        FluentActions.Invoking(() => Glossary.Search(null!)).Should().Throw<ArgumentNullException>().WithParameterName("query");
        FluentActions.Invoking(() => Glossary.Suggest(null!)).Should().Throw<ArgumentNullException>().WithParameterName("prefix");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_that_is_not_positive_throws_ArgumentOutOfRangeException(int limit)
    {
        FluentActions.Invoking(() => Glossary.Search("六统一", limit)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(limit));
        FluentActions.Invoking(() => Glossary.Suggest("六", limit)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(limit));
    }

    [Theory]
    [InlineData("七", 28, "七办")]
    [InlineData("qib", 28, "七办")]
    [InlineData("liutong", 13, "六统一")]
    [InlineData("lt", 13, "六统一")]
    [InlineData("六桶", 13, "六统一")]
    [InlineData("“2+2", 10, "2+2+N")]
    [InlineData("立体", 35, "立体防控体系")]
    [InlineData("l", 13, "六统一")]
    [InlineData("L", 35, "立体防控体系")]
    [InlineData("q", 28, "七办")]
    public void Suggest_completes_the_beginning_of_a_spelling(string prefix, int number, string spelling)
    {
        var suggestions = Glossary.Suggest(prefix);

        suggestions.Should().Contain(s => s.Entry.Number == number && s.MatchedText == spelling);
    }

    [Theory]
    [InlineData("攻坚")]
    [InlineData("租金")]
    [InlineData("liutongyu")]
    [InlineData("tongyi")]
    public void Suggest_ignores_what_does_not_begin_a_spelling(string prefix)
    {
        Glossary.Suggest(prefix).Should().BeEmpty();
    }

    [Fact]
    public void Search_uses_the_readings_the_data_gives_and_reads_other_spellings_from_the_table()
    {
        var withReading = GlossaryJsonWithTerm("行业", "\"pinyin\": \"háng yè\", ");
        var withoutReading = GlossaryJsonWithTerm("行业", string.Empty);

        withReading.Search("xingye").Should().BeEmpty("the data says 行业 reads háng yè");
        withReading.Search("hangye").Should().ContainSingle();
        withoutReading.Search("xingye").Should().ContainSingle("without a reading every reading of 行 counts");
        withoutReading.Search("hangye").Should().ContainSingle();
    }

    [Fact]
    public void Loading_does_not_build_the_search_index()
    {
        var glossary = Glossary.Load(typeof(Glossary).Assembly.GetManifestResourceStream("Huli.Glossary.glossary.json")!);

        typeof(Glossary).GetField("searchIndex", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .GetValue(glossary).Should().BeNull();
        glossary.Search("lty").Should().NotBeEmpty();
    }

    private static Glossary GlossaryJsonWithTerm(string term, string pinyin) =>
        Support.GlossaryJson.Load(Support.GlossaryJson.Document(Support.GlossaryJson.Entry13
            .Replace("\"六统一\",", $"\"{term}\",").Replace("\"aliases\"", pinyin + "\"aliases\"")));
}
