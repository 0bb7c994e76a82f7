using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Huli.Glossary.Tests.Cli;

/// <summary>The command line's JSON for entries and search results is the library's JSON contract, not a copy of it.</summary>
public class JsonContractCliTests
{
    [Theory]
    [InlineData("六统一")]
    [InlineData("2 2 n")]
    [InlineData("七办")]
    public void Lookup_json_is_the_contracts_json_of_the_entry(string term)
    {
        var (exit, stdout, _) = CliRunner.Run("lookup", term, "--json");

        exit.Should().Be(0);
        var expected = JsonSerializer.Serialize(Glossary.Default.Get(term), GlossaryJsonContract.Options);
        JsonNode.DeepEquals(JsonNode.Parse(stdout), JsonNode.Parse(expected)).Should().BeTrue(stdout);
    }

    [Fact]
    public void List_json_is_the_contracts_json_of_every_entry()
    {
        var (_, stdout, _) = CliRunner.Run("list", "--json");

        var expected = JsonSerializer.Serialize(Glossary.Default.Entries, GlossaryJsonContract.Options);
        JsonNode.DeepEquals(JsonNode.Parse(stdout), JsonNode.Parse(expected)).Should().BeTrue();
    }

    [Theory]
    [InlineData("六桶一")]
    [InlineData("lty")]
    [InlineData("租金")]
    [InlineData("电话13512345678")]
    public void Search_json_is_the_contracts_json_of_the_results(string query)
    {
        var (_, stdout, _) = CliRunner.Run("search", query, "--json");

        var expected = JsonSerializer.Serialize(Glossary.Default.Search(query), GlossaryJsonContract.Options);
        JsonNode.DeepEquals(JsonNode.Parse(stdout), JsonNode.Parse(expected)).Should().BeTrue(stdout);
    }

    [Fact]
    public void Batch_lines_are_the_contracts_json_of_each_answer()
    {
        var (_, lookups, _) = CliRunner.RunWithInput("六统一\n天气\n", "lookup", "--batch");
        var (_, searches, _) = CliRunner.RunWithInput("lty\n", "search", "--batch");

        lookups.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            JsonSerializer.Serialize(Glossary.Default[13], GlossaryJsonContract.Options), "null");
        searches.TrimEnd('\n').Should().Be(JsonSerializer.Serialize(Glossary.Default.Search("lty"), GlossaryJsonContract.Options));
    }
}
