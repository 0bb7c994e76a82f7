using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Huli.Glossary.Tests.Support;
using Json.Schema;

namespace Huli.Glossary.Tests.Cli;

/// <summary><c>huli-glossary extract</c>, run in-process: the glossary it writes loads, validates and annotates its report.</summary>
public class ExtractCommandTests
{
    // JsonSchema.Net registers a schema by its $id, globally unless given a registry of its own; the data tests
    // register the same schema globally.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Report.DataPath("glossary.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Theory]
    [InlineData("prov2025-sichuan.txt", 50, "2025年四川省政府工作报告", "名词解释")]
    [InlineData("prov2025-jiangxi.txt", 17, "2025年江西省政府工作报告", "《政府工作报告》有关内容名词注释")]
    public void The_glossary_on_stdout_validates_against_the_schema_loads_and_annotates_its_report(string file, int count, string source, string heading)
    {
        var report = Path.Combine(Shared.CorpusDirectory, file);

        var (exit, stdout, stderr) = CliRunner.Run("extract", report);

        exit.Should().Be(0);
        stderr.Should().Contain($"{count} entries under");
        var result = Schema.Value.Evaluate(JsonDocument.Parse(stdout).RootElement);
        result.IsValid.Should().BeTrue();
        var loaded = GlossaryJson.Load(stdout);
        loaded.Entries.Should().HaveCount(count);
        loaded.Source.Should().Be(source);
        loaded.Title.Should().Be($"{source} {heading}");

        var glossaryPath = WriteTemp(stdout);
        try
        {
            var (annotateExit, annotated, annotateErrors) = CliRunner.Run("annotate", "--glossary", glossaryPath, "--format", "json", report);
            annotateExit.Should().Be(0, annotateErrors);
            annotated.Should().Contain("\"number\":1");
        }
        finally
        {
            File.Delete(glossaryPath);
        }
    }

    [Fact]
    public void O_writes_the_file_and_replaces_an_existing_one_only_when_complete()
    {
        var path = WriteTemp("my own notes");
        try
        {
            var (exit, stdout, _) = CliRunner.Run("extract", Path.Combine(Shared.CorpusDirectory, "prov2025-yunnan.txt"), "-o", path);

            exit.Should().Be(0);
            stdout.Should().BeEmpty();
            Glossary.LoadFile(path).Entries.Should().HaveCount(44);
            Directory.GetFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.*").Should().BeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_report_without_explanations_says_so_writes_nothing_and_exits_1()
    {
        var path = WriteTemp("my own notes");
        var report = WriteTemp("一、工作回顾\n今年工作很好。\n");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("extract", report, "-o", path);

            exit.Should().Be(1);
            stdout.Should().BeEmpty();
            stderr.Should().StartWith($"huli-glossary: {report}: warning: The report has no explanations section");
            File.ReadAllText(path).Should().Be("my own notes");
        }
        finally
        {
            File.Delete(path);
            File.Delete(report);
        }
    }

    [Fact]
    public void Warnings_name_the_report_and_the_line()
    {
        var report = WriteTemp("正文。\n名词解释\n1.六促：促谋划。\n3.十有：有机构。\n");
        try
        {
            var (exit, _, stderr) = CliRunner.Run("extract", report);

            exit.Should().Be(0);
            stderr.Should().Contain($"huli-glossary: {report}(4): warning: entry 2 is numbered 3;");
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void A_gb18030_report_is_read_with_encoding_and_refused_without_it()
    {
        var text = "正文。\n名词解释\n1.六促：促谋划、促策划。\n";
        var path = Path.Combine(Path.GetTempPath(), $"extract-{Guid.NewGuid():N}.txt");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding("gb18030").GetBytes(text));
        try
        {
            var (exit, stdout, _) = CliRunner.Run("extract", path, "--encoding", "gb18030");
            exit.Should().Be(0);
            GlossaryJson.Load(stdout)[1].Term.Should().Be("六促");

            var (refused, _, stderr) = CliRunner.Run("extract", path);
            refused.Should().Be(2);
            stderr.Should().Contain("is not valid UTF-8").And.Contain("pass --encoding gb18030");
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("extract", "no-such-report.txt")]
    [InlineData("extract", "README.md", "--encoding", "klingon")]
    public void Bad_input_is_one_line_on_stderr_and_exit_2(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().StartWith("huli-glossary: ");
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var (exit, stdout, _) = CliRunner.RunWithInput("正文。\n注释\n［1］六促：促谋划。\n", "extract", "-");

        exit.Should().Be(0);
        GlossaryJson.Load(stdout).Entries.Single().Term.Should().Be("六促");
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"extract-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
