using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Huli.Glossary.Tests.Cli;

/// <summary><c>huli-glossary annotate</c>, run in-process with its streams captured.</summary>
public class AnnotateCommandTests
{
    [Fact]
    public void Annotate_reads_standard_input_and_writes_json_matches_with_utf16_offsets()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("优化“七办”联动机制", "annotate", "--format", "json");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        var match = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Should().ContainSingle().Subject;
        match.GetProperty("start").GetInt32().Should().Be(2);
        match.GetProperty("number").GetInt32().Should().Be(28);
    }

    [Theory]
    [InlineData("utf16", 3)]
    [InlineData("codepoints", 2)]
    [InlineData("utf8", 7)]
    public void Offsets_option_sets_the_unit(string unit, int start)
    {
        var (_, stdout, _) = CliRunner.RunWithInput("😀“六统一”", "annotate", "-", "--format", "json", "--offsets", unit);

        JsonDocument.Parse(stdout).RootElement[0].GetProperty("start").GetInt32().Should().Be(start);
    }

    [Fact]
    public void Annotate_reads_a_file_with_a_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annotate-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "推行六统一", new UTF8Encoding(true));
        try
        {
            var (exit, stdout, _) = CliRunner.RunWithInput(string.Empty, "annotate", path, "--format", "html");

            exit.Should().Be(0);
            stdout.Should().StartWith("推行<a class=\"huli-glossary\" href=\"#huli-glossary-note-13\"");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void First_only_marks_each_entry_once()
    {
        var (_, stdout, _) = CliRunner.RunWithInput("六统一六统一", "annotate", "--format", "markdown", "--first-only");

        stdout.Should().StartWith("六统一[^13]六统一\n\n[^13]:");
    }

    [Fact]
    public void Invalid_utf8_becomes_U_FFFD_with_a_warning_and_exit_0()
    {
        var bytes = Encoding.UTF8.GetBytes("六统一").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("七办联动")).ToArray();

        var (exit, stdout, stderr) = CliRunner.RunWithInput(bytes, "annotate", "--format", "json");

        exit.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetArrayLength().Should().Be(2);
        stderr.Should().StartWith("huli-glossary: warning: standard input is not valid UTF-8;");
    }

    [Fact]
    public void A_missing_file_exits_2_naming_the_path()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput(string.Empty, "annotate", "/no/such/file.txt");

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be("huli-glossary: annotate: no such file: /no/such/file.txt\n");
    }

    [Fact]
    public void A_directory_exits_2()
    {
        var (exit, _, stderr) = CliRunner.RunWithInput(string.Empty, "annotate", Path.GetTempPath());

        exit.Should().Be(2);
        stderr.Should().Contain("is a directory");
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--offsets", "bytes")]
    public void An_unknown_option_value_exits_2_with_one_line(string option, string value)
    {
        var (exit, _, stderr) = CliRunner.RunWithInput(string.Empty, "annotate", option, value);

        exit.Should().Be(2);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain(value);
    }

    [Fact]
    public void Standalone_html_is_a_complete_page_with_the_asset_inline()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("推行六统一", "annotate", "--format", "html", "--standalone", "--title", "湖里区报告");

        exit.Should().Be(0, stderr);
        stdout.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").And.Contain("<title>湖里区报告</title>")
            .And.Contain(GlossaryAssets.HeadMarkup).And.Contain("href=\"#huli-glossary-note-13\"").And.EndWith("</html>\n");
    }

    [Fact]
    public void The_entry_link_option_sets_or_removes_the_link_of_each_note()
    {
        CliRunner.RunWithInput("六统一", "annotate", "--format", "html", "--entry-link", "/g/{number}").Stdout.Should().Contain("href=\"/g/13\"");
        CliRunner.RunWithInput("六统一", "annotate", "--format", "html", "--entry-link", "").Stdout.Should().NotContain("huli-glossary-entry");
        CliRunner.RunWithInput("六统一", "annotate", "--format", "html").Stdout.Should().NotContain("huli-glossary-entry").And.Contain("<li id=\"huli-glossary-note-13\"");
    }

    [Theory]
    [InlineData("--standalone needs --format html", "--standalone")]
    [InlineData("--standalone needs --format html", "--format", "markdown", "--standalone")]
    [InlineData("--entry-link needs --format html", "--entry-link", "/g/{number}")]
    [InlineData("--title needs --standalone", "--format", "html", "--title", "x")]
    public void Html_options_without_html_output_are_usage_errors(string message, params string[] options)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("六统一", ["annotate", .. options]);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith($"huli-glossary: annotate: {message}");
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Theory]
    [InlineData("page.html", "<p title=\"六统一\">推行六统一</p>", "<p title=\"六统一\">推行<a class=\"huli-glossary\" href=\"#huli-glossary-note-13\"")]
    [InlineData("page.XHTML", "<p>推行六统一</p>", "<p>推行<a class=\"huli-glossary\"")]
    [InlineData("notes.md", "`六统一` 推行六统一\n", "`六统一` 推行六统一[^huli-13]\n")]
    [InlineData("notes.txt", "<p>推行六统一</p>", "<p>推行六统一（统一出租房管理平台建设")]
    public void Annotate_takes_the_kind_of_document_from_the_file_extension(string name, string content, string start)
    {
        var directory = Directory.CreateTempSubdirectory("annotate-");
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllText(path, content);
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("annotate", path);

            exit.Should().Be(0, stderr);
            stdout.Should().StartWith(start);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    public void A_markdown_file_nested_too_deeply_is_refused_in_one_line_naming_it(string format)
    {
        var directory = Directory.CreateTempSubdirectory("annotate-");
        var path = Path.Combine(directory.FullName, "deep.md");
        File.WriteAllText(path, new string('>', 20_000) + " 六统一\n");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("annotate", path, "--format", format);

            exit.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().StartWith($"huli-glossary: annotate: {path}: the Markdown document nests").And.NotContain("Exception");
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("html", "<script>六统一</script><p>推行六统一</p>", 25)]
    [InlineData("markdown", "[六统一](x) 推行六统一", 11)]
    [InlineData("text", "<p>推行六统一</p>", 5)]
    public void Input_option_names_the_kind_of_standard_input_and_json_offsets_point_into_the_document(string kind, string document, int start)
    {
        var (exit, stdout, _) = CliRunner.RunWithInput(document, "annotate", "--input", kind, "--format", "json");

        exit.Should().Be(0);
        var match = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Should().ContainSingle().Subject;
        match.GetProperty("start").GetInt32().Should().Be(start);
        document.Substring(start, 3).Should().Be("六统一");
    }

    [Fact]
    public void A_markup_document_cannot_be_written_in_another_markup()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("<p>六统一</p>", "annotate", "--input", "html", "--format", "markdown");

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("HTML document").And.Contain("html or json").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("every", 3)]
    [InlineData("first-in-document", 1)]
    [InlineData("first-in-block", 2)]
    public void Scope_option_decides_which_occurrences_are_annotated(string scope, int marked)
    {
        var (_, stdout, _) = CliRunner.RunWithInput("<p>六统一，六统一</p><p>六统一</p>", "annotate", "--input", "html", "--scope", scope);

        stdout.Split("<a class=\"huli-glossary\"").Length.Should().Be(marked + 1);
        stdout.Should().Contain("<section class=\"huli-glossary-notes\"");
    }

    [Fact]
    public void Assets_option_puts_the_popover_assets_into_the_head_of_an_html_document_once()
    {
        const string page = "<!DOCTYPE html><html><head><title>报告</title></head><body><p>推行六统一，六统一</p></body></html>";

        var (exit, stdout, stderr) = CliRunner.RunWithInput(page, "annotate", "--input", "html", "--assets");

        exit.Should().Be(0, stderr);
        stdout.Should().StartWith("<!DOCTYPE html><html><head><title>报告</title>" + GlossaryAssets.HeadMarkup + "</head><body>");
        stdout.Split(GlossaryAssets.HeadMarkup).Length.Should().Be(2);
        stdout.Should().EndWith("</ol>\n</section>\n</body></html>");
    }

    [Fact]
    public void Without_the_assets_option_an_html_document_keeps_its_head()
    {
        const string page = "<html><head><title>报告</title></head><body><p>推行六统一</p></body></html>";

        var (_, stdout, _) = CliRunner.RunWithInput(page, "annotate", "--input", "html");

        stdout.Should().StartWith("<html><head><title>报告</title></head><body>").And.NotContain("<style>");
    }

    [Theory]
    [InlineData("is an HTML document, already a page", "--input", "html", "--standalone")]
    [InlineData("is an HTML document, already a page", "--input", "html", "--format", "html", "--standalone")]
    [InlineData("--assets puts the popover assets into an HTML document's <head>", "--assets")]
    [InlineData("--assets puts the popover assets into an HTML document's <head>", "--input", "markdown", "--assets")]
    [InlineData("--assets needs the document written as html, not json", "--input", "html", "--format", "json", "--assets")]
    public void Page_options_that_do_not_fit_the_document_are_usage_errors(string message, params string[] options)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("<p>六统一</p>", ["annotate", .. options]);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(message);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }
}
