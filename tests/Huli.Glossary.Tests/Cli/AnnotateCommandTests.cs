using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Huli.Glossary.Tests.Cli;

/// <summary><c>huli-glossary annotate</c>, run in-process with its streams captured.</summary>
public class AnnotateCommandTests
{
    private const string Text = "推行散租统管“六统一”模式，优化“七办”联动机制。";

    static AnnotateCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

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

    [Theory]
    [InlineData(new string[0], "[]\n")]
    [InlineData(new[] { "--policy", "lenient" }, "\"evidence\":\"quotes\",\"confidence\":0.5}")]
    [InlineData(new[] { "--min-confidence", "0.5" }, "\"evidence\":\"quotes\",\"confidence\":0.5}")]
    [InlineData(new[] { "--min-confidence", "0.6" }, "[]\n")]
    [InlineData(new[] { "--about-place" }, "\"evidence\":\"caller\",\"confidence\":0.85}")]
    public void The_policy_options_decide_which_generic_terms_count_and_json_says_why(string[] options, string expected)
    {
        var (exit, stdout, _) = CliRunner.RunWithInput("耕地“三位一体”保护", new[] { "annotate", "--format", "json" }.Concat(options).ToArray());

        exit.Should().Be(0);
        stdout.Should().Contain(expected);
    }

    [Theory]
    [InlineData("html", "<p>耕地“三位一体”保护</p>", new string[0], null, 0.0)]
    [InlineData("html", "<p>耕地“三位一体”保护</p>", new[] { "--policy", "lenient" }, "quotes", 0.5)]
    [InlineData("html", "<p>耕地“三位一体”保护</p>", new[] { "--about-place" }, "caller", 0.85)]
    [InlineData("markdown", "耕地“三位一体”保护\n", new string[0], null, 0.0)]
    [InlineData("markdown", "耕地“三位一体”保护\n", new[] { "--min-confidence", "0.5" }, "quotes", 0.5)]
    [InlineData("markdown", "耕地“三位一体”保护\n", new[] { "--about-place" }, "caller", 0.85)]
    public void The_policy_options_reach_html_and_markdown_input_and_their_json_says_why(string kind, string document, string[] options, string? evidence, double confidence)
    {
        var (exit, stdout, _) = CliRunner.RunWithInput(document, new[] { "annotate", "--input", kind, "--format", "json" }.Concat(options).ToArray());

        exit.Should().Be(0);
        var matches = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        if (evidence is null)
        {
            matches.Should().BeEmpty();
            return;
        }

        var match = matches.Should().ContainSingle().Subject;
        match.GetProperty("evidence").GetString().Should().Be(evidence);
        match.GetProperty("confidence").GetDouble().Should().Be(confidence);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("high")]
    public void A_min_confidence_that_is_no_number_from_0_to_1_is_a_usage_error(string value)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("六统一", "annotate", "--min-confidence", value);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"huli-glossary: annotate: --min-confidence takes a number from 0 to 1, such as 0.75; '{value}' is not one.\n");
    }

    [Fact]
    public void Invalid_utf8_becomes_U_FFFD_with_a_warning_and_exit_0()
    {
        var bytes = Encoding.UTF8.GetBytes("六统一").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("七办联动")).ToArray();

        var (exit, stdout, stderr) = CliRunner.RunWithInput(bytes, "annotate", "--format", "json");

        exit.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetArrayLength().Should().Be(2);
        stderr.Should().StartWith("huli-glossary: warning: standard input is not valid UTF-8; 2 invalid byte sequence(s) became U+FFFD");
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
    [InlineData("page.html", "<p>推行六统一</p>", "an HTML")]
    [InlineData("notes.md", "推行六统一\n", "a Markdown")]
    public void A_document_longer_than_the_limit_is_refused_in_one_line_naming_it_and_the_limit(string name, string paragraph, string kind)
    {
        var directory = Directory.CreateTempSubdirectory("annotate-");
        var path = Path.Combine(directory.FullName, name);
        var copies = (1_000_000 / paragraph.Length) + 1;
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(paragraph, copies)));
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("annotate", path, "--max-document", "1");

            exit.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().Be($"huli-glossary: annotate: {path} is longer than 1 million characters, the limit for {kind} document, which is read whole; raise it with --max-document N (millions of characters), or read it as text with --input text, which streams.\n");

            var (allowed, annotated, _) = CliRunner.Run("annotate", path, "--max-document", "2");
            allowed.Should().Be(0);
            annotated.Should().Contain("六统一");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("1.5")]
    [InlineData("lots")]
    public void A_max_document_that_is_not_a_whole_number_of_millions_is_refused(string value)
    {
        var (exit, _, stderr) = CliRunner.RunWithInput("<p>六统一</p>", "annotate", "--input", "html", "--max-document", value);

        exit.Should().Be(2);
        stderr.Should().Contain($"--max-document takes a whole number of millions of characters from 1 to 1000, such as 64; '{value}' is not one.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    [InlineData("-1")]
    [InlineData("two")]
    public void A_thread_count_that_is_not_a_whole_number_from_1_to_64_is_refused(string value)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput(Text, "annotate", "--format", "json", "--threads", value);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"huli-glossary: annotate: --threads takes a whole number from 1 to 64, such as {Environment.ProcessorCount}; '{value}' is not one.\n");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void Json_is_the_same_with_any_number_of_threads(string threads)
    {
        var text = string.Concat(Enumerable.Repeat(Support.Report.Full, 4));

        var (exit, stdout, _) = CliRunner.RunWithInput(text, "annotate", "--format", "json", "--threads", threads);

        exit.Should().Be(0);
        stdout.Should().Be(CliRunner.RunWithInput(text, "annotate", "--format", "json").Stdout);
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
    public void Entry_link_option_links_the_notes_of_an_html_document_too()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("<p>推行六统一</p>", "annotate", "--input", "html", "--entry-link", "/g/{number}");

        exit.Should().Be(0, stderr);
        stdout.Should().Contain("href=\"/g/13\"");
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

    [Theory]
    [InlineData("gb18030", "gb18030")]
    [InlineData("GBK", "gbk")]
    [InlineData("gb2312", "gb18030")]
    [InlineData("big5", "big5")]
    [InlineData("utf-16", "utf-16")]
    [InlineData("utf-16be", "utf-16BE")]
    public void Encoding_option_reads_text_in_that_encoding(string option, string encodingName)
    {
        // Big5 has no simplified characters: the traditional text, which folding matches all the same.
        var text = encodingName == "big5" ? "推行散租統管「六統一」模式，優化「七辦」聯動機制。" : Text;
        var bytes = Encoding.GetEncoding(encodingName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);

        var (exit, stdout, stderr) = CliRunner.RunWithInput(bytes, "annotate", "--format", "json", "--encoding", option);

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()).Should().Equal(13, 28);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void A_byte_order_mark_decides_the_encoding_whatever_the_option_says(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Text)).ToArray();

        var (exit, stdout, stderr) = CliRunner.RunWithInput(bytes, "annotate", "--format", "json", "--encoding", "gb18030");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        JsonDocument.Parse(stdout).RootElement.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void GB18030_read_as_utf8_warns_and_says_to_pass_encoding_gb18030()
    {
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(Text);

        var (exit, _, stderr) = CliRunner.RunWithInput(bytes, "annotate", "--format", "json");

        exit.Should().Be(0);
        stderr.Should().StartWith("huli-glossary: warning: standard input is not valid UTF-8;").And.Contain("pass --encoding gb18030");
    }

    [Fact]
    public void Bytes_that_are_not_GB18030_either_get_no_encoding_hint()
    {
        var bytes = Encoding.UTF8.GetBytes("六统一").Concat(new byte[] { 0x80, 0xFF }).ToArray();

        var (_, _, stderr) = CliRunner.RunWithInput(bytes, "annotate");

        stderr.Should().Contain("not valid UTF-8").And.NotContain("--encoding");
    }

    [Fact]
    public void Definitions_option_gives_each_json_match_its_definition()
    {
        var (_, stdout, _) = CliRunner.RunWithInput(Text, "annotate", "--format", "json", "--definitions");

        var first = JsonDocument.Parse(stdout).RootElement[0];
        first.GetProperty("definition").GetString().Should().Be(Glossary.Default[13].Definition);
    }

    [Fact]
    public void Jsonl_writes_one_line_per_record_in_order_with_its_id_and_the_json_matches()
    {
        var input = "{\"id\": \"a\", \"text\": \"推行“六统一”模式\"}\n{\"id\": 2, \"text\": \"今天天气很好\"}\n\n{\"text\": \"七办联动\\n六统一\"}\n";

        var (exit, stdout, stderr) = CliRunner.RunWithInput(input, "annotate", "--jsonl", "--definitions");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        var lines = stdout.Split('\n');
        lines.Should().HaveCount(4).And.EndWith(string.Empty);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        first.GetProperty("id").GetString().Should().Be("a");
        var match = first.GetProperty("matches").EnumerateArray().Should().ContainSingle().Subject;
        match.GetProperty("start").GetInt32().Should().Be(3);
        match.GetProperty("number").GetInt32().Should().Be(13);
        match.GetProperty("definition").GetString().Should().StartWith("统一出租房管理平台建设");
        var second = JsonDocument.Parse(lines[1]).RootElement;
        second.GetProperty("id").GetInt32().Should().Be(2);
        second.GetProperty("matches").GetArrayLength().Should().Be(0);
        var third = JsonDocument.Parse(lines[2]).RootElement;
        third.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        third.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("number").GetInt32()).Should().Equal(28, 13);
    }

    [Theory]
    [InlineData("{\"id\": 1, \"text\": \"六统一\"}\nnot json\n", "line 2 is not JSON")]
    [InlineData("{\"id\": 1, \"body\": \"六统一\"}\n", "line 1: expected an object with a string \"text\"")]
    [InlineData("[1, 2]\n", "line 1: expected an object")]
    public void Jsonl_input_that_is_not_a_record_exits_2_naming_the_line(string input, string message)
    {
        var (exit, _, stderr) = CliRunner.RunWithInput(input, "annotate", "--jsonl");

        exit.Should().Be(2);
        stderr.Should().StartWith("huli-glossary: annotate --jsonl: ").And.Contain(message);
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Jsonl_refuses_a_record_longer_than_the_document_limit_after_answering_the_lines_before_it()
    {
        var input = "{\"id\": 1, \"text\": \"六统一\"}\r\n{\"id\": 2, \"text\": \"" + new string('字', 1_000_001) + "\"}\n";

        var (exit, stdout, stderr) = CliRunner.RunWithInput(input, "annotate", "--jsonl", "--max-document", "1");

        exit.Should().Be(2);
        stderr.Should().StartWith("huli-glossary: annotate --jsonl: line 2 is longer than 1 million characters");
        var answered = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject;
        JsonDocument.Parse(answered).RootElement.GetProperty("id").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Jsonl_reads_a_record_just_under_the_limit_and_every_kind_of_line_break()
    {
        var input = "{\"id\": 1, \"text\": \"" + new string('字', 999_900) + "六统一\"}\r{\"id\": 2, \"text\": \"六统一\"}\r\n\r\n{\"id\": 3, \"text\": \"\"}";

        var (exit, stdout, stderr) = CliRunner.RunWithInput(input, "annotate", "--jsonl", "--max-document", "1");

        (exit, stderr).Should().Be((0, string.Empty));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("matches").GetArrayLength()).Should().Equal(1, 1, 0);
    }

    [Theory]
    [InlineData("html", "<p>推行散租统管“六统一”模式</p>", "<p>推行散租统管“<a class=\"huli-glossary\"")]
    [InlineData("markdown", "推行散租统管“六统一”模式\n", "推行散租统管“六统一[^huli-13]”模式")]
    public void Encoding_option_reads_html_and_markdown_documents_too(string kind, string document, string start)
    {
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(document);

        var (exit, stdout, stderr) = CliRunner.RunWithInput(bytes, "annotate", "--input", kind, "--encoding", "GB18030");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().StartWith(start);
    }

    [Fact]
    public void A_gb18030_document_read_as_utf8_warns_like_text()
    {
        var bytes = Encoding.GetEncoding("gb18030").GetBytes("<p>推行散租统管“六统一”模式</p>");

        var (exit, _, stderr) = CliRunner.RunWithInput(bytes, "annotate", "--input", "html");

        exit.Should().Be(0);
        stderr.Should().Contain("pass --encoding gb18030");
    }

    [Fact]
    public void Jsonl_with_input_html_scans_each_text_as_a_document_with_definitions_when_asked()
    {
        var input = "{\"id\": \"a\", \"text\": \"<p title='六统一'>六统一</p>\"}\n{\"id\": 2, \"text\": \"<script>六统一</script>\"}\n";

        var (exit, stdout, stderr) = CliRunner.RunWithInput(input, "annotate", "--jsonl", "--input", "html", "--definitions");

        exit.Should().Be(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("id").GetString().Should().Be("a");
        var match = first.RootElement.GetProperty("matches").EnumerateArray().Should().ContainSingle().Subject;
        match.GetProperty("start").GetInt32().Should().Be(15);
        match.GetProperty("definition").GetString().Should().StartWith("统一出租房管理平台建设");
        using var second = JsonDocument.Parse(lines[1]);
        second.RootElement.GetProperty("matches").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Markup_json_carries_definitions_only_when_asked()
    {
        var plain = CliRunner.RunWithInput("<p>六统一</p>", "annotate", "--input", "html", "--format", "json").Stdout;
        var full = CliRunner.RunWithInput("<p>六统一</p>", "annotate", "--input", "html", "--format", "JSON", "--definitions").Stdout;

        JsonDocument.Parse(plain).RootElement[0].TryGetProperty("definition", out _).Should().BeFalse();
        JsonDocument.Parse(full).RootElement[0].GetProperty("definition").GetString().Should().StartWith("统一出租房管理平台建设");
    }

    [Theory]
    [InlineData("--headings needs an HTML or Markdown document", "--headings")]
    [InlineData("--link-text needs a Markdown document", "--input", "html", "--link-text")]
    [InlineData("--standalone applies to text written as html; a Markdown document keeps its notes as footnotes", "--input", "markdown", "--format", "html", "--standalone")]
    [InlineData("--entry-link applies to text or an HTML document written as html", "--input", "Markdown", "--format", "html", "--entry-link", "/g/{number}")]
    [InlineData("--entry-link needs --format html", "--input", "html", "--format", "json", "--entry-link", "/g/{number}")]
    [InlineData("--assets needs the document written as html, not json", "--jsonl", "--input", "html", "--assets")]
    [InlineData("--jsonl writes JSON", "--jsonl", "--format", "html")]
    [InlineData("--scope: expected every, first-in-document, first-in-section or first-in-block, not 'first'", "--scope", "first")]
    public void Options_that_would_do_nothing_or_bad_values_are_refused_in_words(string message, params string[] options)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("六统一", ["annotate", .. options]);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(message);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }
}
