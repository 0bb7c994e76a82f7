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
    public void Search_json_writes_number_term_score_and_kind_for_each_result()
    {
        var (exit, stdout, _) = CliRunner.Run("search", "六桶一", "--json");

        exit.Should().Be(0);
        stdout.Should().NotContain("\\u");
        using var json = JsonDocument.Parse(stdout);
        var first = json.RootElement[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal("number", "term", "score", "kind");
        first.GetProperty("number").GetInt32().Should().Be(13);
        first.GetProperty("term").GetString().Should().Be("六统一");
        first.GetProperty("score").GetDouble().Should().Be(0.75);
        first.GetProperty("kind").GetString().Should().Be("homophone");
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
