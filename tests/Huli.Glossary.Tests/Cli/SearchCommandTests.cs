using System.Linq;
using System.Text.Json;

namespace Huli.Glossary.Tests.Cli;

/// <summary><c>huli-glossary search</c>, run in-process with its output captured.</summary>
public class SearchCommandTests
{
    [Fact]
    public void Search_prints_one_line_per_result_best_first_with_score_number_term_and_kind()
    {
        var (exit, stdout, stderr) = CliRunner.Run("search", "lty");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Split('\n')[0].Should().Be("0.80  13  六统一  [pinyinInitials]");
    }

    [Fact]
    public void Search_names_the_alias_or_item_that_matched_when_it_is_not_the_headword()
    {
        var (_, stdout, _) = CliRunner.Run("search", "租金");

        stdout.Should().StartWith("0.48  13  六统一  [component]  (统一租金涨幅标准)");
    }

    [Fact]
    public void Search_json_writes_number_term_score_kind_matched_text_and_definition_for_each_result()
    {
        var (exit, stdout, _) = CliRunner.Run("search", "六桶一", "--json");

        exit.Should().Be(0);
        stdout.Should().NotContain("\\u");
        using var json = JsonDocument.Parse(stdout);
        var first = json.RootElement[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal("number", "term", "score", "kind", "matchedText", "definition");
        first.GetProperty("number").GetInt32().Should().Be(13);
        first.GetProperty("term").GetString().Should().Be("六统一");
        first.GetProperty("score").GetDouble().Should().Be(0.75);
        first.GetProperty("kind").GetString().Should().Be("homophone");
        first.GetProperty("matchedText").GetString().Should().Be("六统一");
        first.GetProperty("definition").GetString().Should().Be(Glossary.Default[13].Definition);
    }

    [Fact]
    public void Search_json_that_finds_nothing_writes_an_empty_array_and_exits_1()
    {
        var (exit, stdout, stderr) = CliRunner.Run("search", "天气", "--json");

        exit.Should().Be(1);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetArrayLength().Should().Be(0);
        stderr.Should().Contain("天气");
    }

    [Fact]
    public void Free_words_after_search_are_one_query()
    {
        var (exit, stdout, _) = CliRunner.Run("search", "liu", "tong", "yi");

        exit.Should().Be(0);
        stdout.Should().StartWith("0.85  13  六统一  [pinyin]");
    }

    [Fact]
    public void Search_batch_writes_one_results_array_per_line_of_input_in_order()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("lty\n天气\n\n七半联动\n", "search", "--batch", "--limit", "1");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        var lines = stdout.Split('\n');
        lines.Should().HaveCount(5).And.EndWith(string.Empty);
        JsonDocument.Parse(lines[0]).RootElement[0].GetProperty("number").GetInt32().Should().Be(13);
        JsonDocument.Parse(lines[1]).RootElement.GetArrayLength().Should().Be(0);
        JsonDocument.Parse(lines[2]).RootElement.GetArrayLength().Should().Be(0);
        JsonDocument.Parse(lines[3]).RootElement[0].GetProperty("number").GetInt32().Should().Be(28);
    }

    [Fact]
    public void Limit_caps_the_results()
    {
        var (exit, stdout, _) = CliRunner.Run("search", "六", "--limit", "2", "--json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetArrayLength().Should().Be(2);
    }

    [Theory]
    [InlineData("天气")]
    [InlineData("qwertyuiop")]
    public void A_query_that_finds_nothing_exits_1_with_one_line_on_stderr(string query)
    {
        var (exit, stdout, stderr) = CliRunner.Run("search", query);

        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"huli-glossary: nothing in the glossary matches '{query}'.\n");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public void A_limit_that_is_not_a_positive_number_is_a_usage_error(string limit)
    {
        var (exit, stdout, stderr) = CliRunner.Run("search", "六", "--limit", limit);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("huli-glossary: ").And.Contain("limit").And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

}
