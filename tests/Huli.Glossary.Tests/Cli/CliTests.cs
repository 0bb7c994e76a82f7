using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Cli;

/// <summary>The huli-glossary command, run in-process with its output captured.</summary>
public class CliTests
{
    [Fact]
    public void Lookup_prints_the_headword_definition_components_and_usages_and_exits_0()
    {
        var (exit, stdout, stderr) = CliRunner.Run("lookup", "六统一");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().StartWith("13. 六统一")
            .And.Contain(Glossary.Default[13].Definition)
            .And.Contain("6. 统一管理服务")
            .And.Contain("散租统管“六统一”模式");
    }

    [Theory]
    [InlineData("2 2 n", 10)]
    [InlineData("六統一", 13)]
    [InlineData("“七办”", 28)]
    public void Lookup_accepts_every_spelling_lookup_accepts(string term, int number)
    {
        var (exit, stdout, _) = CliRunner.Run("lookup", term);

        exit.Should().Be(0);
        stdout.Should().StartWith($"{number}. ");
    }

    [Fact]
    public void Lookup_json_writes_the_entry_as_its_glossary_json_object_with_CJK_unescaped()
    {
        var (exit, stdout, _) = CliRunner.Run("lookup", "2+2+N", "--json");

        exit.Should().Be(0);
        stdout.Should().Contain("“2+2+N”线上线下一体化服务体系").And.NotContain("\\u");
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("number").GetInt32().Should().Be(10);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should()
            .Equal("number", "kind", "term", "pinyin", "aliases", "definition", "components", "usages");
        json.RootElement.GetProperty("components").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Lookup_of_an_unknown_term_exits_1_with_did_you_mean_on_stderr()
    {
        var (exit, stdout, stderr) = CliRunner.Run("lookup", "六统");

        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("Did you mean 六统一 (13)");
    }

    [Fact]
    public void List_prints_one_line_per_entry_in_number_order()
    {
        var (exit, stdout, _) = CliRunner.Run("list");

        exit.Should().Be(0);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(39);
        lines[0].Should().Be(" 1  10+13");
        lines[1].Should().Be(" 2  全文备注  (note)");
    }

    [Fact]
    public void List_json_writes_an_array_of_the_39_entry_objects()
    {
        var (exit, stdout, _) = CliRunner.Run("list", "--json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetArrayLength().Should().Be(39);
        json.RootElement[38].GetProperty("term").GetString().Should().Be("六有");
    }

    [Fact]
    public void Glossary_option_uses_the_given_file()
    {
        var path = WriteTemp(GlossaryJson.Document(GlossaryJson.Entry13.Replace("13", "1")));
        try
        {
            var (exit, stdout, _) = CliRunner.Run("list", "--glossary", path);

            exit.Should().Be(0);
            stdout.Trim().Should().Be("1  六统一");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Glossary_option_with_a_missing_file_exits_2_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-glossary.json");

        var (exit, stdout, stderr) = CliRunner.Run("lookup", "六统一", "--glossary", path);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"huli-glossary: --glossary: no such file: {path}\n");
    }

    [Fact]
    public void Glossary_option_with_a_malformed_file_exits_2_with_line_column_entry_and_field()
    {
        var path = WriteTemp(GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"kind\": \"term\"", "\"kind\": \"word\"")));
        try
        {
            var (exit, _, stderr) = CliRunner.Run("list", "--glossary", path);

            exit.Should().Be(2);
            stderr.Should().Contain($"{Path.GetFileName(path)}(5,").And.Contain("entry 13, field 'kind'");
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("lookup")]
    [InlineData("lookup", "六统一", "--yaml")]
    public void Usage_errors_exit_2_with_one_line_and_no_stack_trace(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        stderr.Should().StartWith("huli-glossary: ").And.NotContain("   at ");
    }

    [Fact]
    public void No_arguments_print_the_help_and_exit_0()
    {
        var (exit, stdout, stderr) = CliRunner.Run();

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("Usage:").And.Contain("lookup").And.Contain("search").And.Contain("annotate");
    }

    [Theory]
    [InlineData(new[] { "lokup", "六统一" }, "unknown command 'lokup'; did you mean 'lookup'?")]
    [InlineData(new[] { "Lookup", "六统一" }, "unknown command 'Lookup'; did you mean 'lookup'?")]
    [InlineData(new[] { "serch", "lty" }, "unknown command 'serch'; did you mean 'search'?")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'; the commands are lookup, list, annotate, export, search, extract or serve.")]
    [InlineData(new[] { "search", "六统一", "--limt", "3" }, "search: unknown option '--limt'; did you mean '--limit'?")]
    [InlineData(new[] { "lookup", "--jsn", "六统一" }, "lookup: unknown option '--jsn'; did you mean '--json'?")]
    [InlineData(new[] { "lookup", "六统一", "--yaml" }, "lookup: unknown option '--yaml'.")]
    [InlineData(new[] { "search", "x", "--limit", "abc" }, "--limit: expected a whole number of at least 1, not 'abc'.")]
    [InlineData(new[] { "annotate", "--format", "HTML5" }, "--format: expected text, html, markdown or json, not 'HTML5'.")]
    [InlineData(new[] { "annotate", "--offsets", "bytes" }, "--offsets: expected utf16, codepoints or utf8, not 'bytes'.")]
    public void Usage_errors_blame_what_was_mistyped_and_name_the_closest_real_name(string[] args, string message)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith($"huli-glossary: {message} (see 'huli-glossary ");
    }

    [Theory]
    [InlineData("推行六统一模式", "--format", "html", "<a class=\"huli-glossary\"")]
    [InlineData("推行六统一模式", "--format", "HTML", "<a class=\"huli-glossary\"")]
    [InlineData("推行六统一模式", "--format", "Html", "<a class=\"huli-glossary\"")]
    [InlineData("<p>推行六统一模式</p>", "--input", "HTML", "<p>推行<a class=\"huli-glossary\"")]
    [InlineData("# 六统一\n", "--input", "Markdown", "# 六统一\n")]
    public void Option_values_are_accepted_in_any_case(string input, string option, string value, string expected)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput(input, "annotate", option, value);

        exit.Should().Be(0, stderr);
        stdout.Should().Contain(expected);
    }

    [Fact]
    public void Free_words_after_lookup_are_one_term()
    {
        var (exit, stdout, _) = CliRunner.Run("lookup", "2", "2", "n");

        exit.Should().Be(0);
        stdout.Should().StartWith("10. “2+2+N”");
    }

    [Fact]
    public void A_lookup_miss_suggests_what_search_finds()
    {
        var (exit, stdout, stderr) = CliRunner.Run("lookup", "liutongyi");

        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("Did you mean 六统一 (13)?");
    }

    [Fact]
    public void Lookup_json_of_a_miss_writes_null_and_exits_1()
    {
        var (exit, stdout, _) = CliRunner.Run("lookup", "天气", "--json");

        exit.Should().Be(1);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Lookup_batch_writes_each_entry_as_lookup_json_does_or_null_one_line_per_term_in_order()
    {
        var (_, single, _) = CliRunner.Run("lookup", "六统一", "--json");
        var (exit, stdout, stderr) = CliRunner.RunWithInput("六統一\r\n天气\n2 2 n", "lookup", "--batch");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        var lines = stdout.Split('\n');
        lines.Should().HaveCount(4);
        using (var expected = JsonDocument.Parse(single))
        using (var first = JsonDocument.Parse(lines[0]))
        {
            JsonSerializer.Serialize(first.RootElement).Should().Be(JsonSerializer.Serialize(expected.RootElement));
        }

        lines[1].Should().Be("null");
        JsonDocument.Parse(lines[2]).RootElement.GetProperty("number").GetInt32().Should().Be(10);
    }

    [Theory]
    [InlineData("lookup")]
    [InlineData("search")]
    public void Batch_refuses_a_line_longer_than_any_query_after_answering_the_lines_before_it(string command)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("六统一\n" + new string('x', 100_001), command, "--batch");

        exit.Should().Be(2);
        stderr.Should().StartWith("huli-glossary: --batch: line 2 is longer than 100,000 characters");
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Theory]
    [InlineData("lookup", "--batch", "六统一")]
    [InlineData("search", "--batch", "lty")]
    public void Batch_with_a_query_on_the_command_line_is_a_usage_error(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(args);

        exit.Should().Be(2);
        stderr.Should().Contain("--batch reads");
    }

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        var (exit, stdout, _) = CliRunner.Run("--help");

        exit.Should().Be(0);
        stdout.Should().Contain("lookup").And.Contain("list").And.Contain("--glossary");
    }


    private static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"glossary-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
