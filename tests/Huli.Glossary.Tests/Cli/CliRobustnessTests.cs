using System;
using System.IO;
using System.Linq;
using System.Text;
using Huli.Glossary.Cli;

namespace Huli.Glossary.Tests.Cli;

/// <summary>Whatever files and arguments a user gives: one line on stderr and an exit code, never a stack trace.</summary>
public sealed class CliRobustnessTests : IDisposable
{
    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}")).FullName;

    public static TheoryData<string, byte[]> BrokenGlossaries => new()
    {
        { "binary", Enumerable.Range(0, 256).Select(i => (byte)(i * 7)).ToArray() },
        { "empty", [] },
        { "invalid UTF-8 in a string", Encoding.UTF8.GetBytes("{\"entries\": [{\"term\": \"").Concat(new byte[] { 0xFF, 0xC0 }).Concat(Encoding.UTF8.GetBytes("\"}]}")).ToArray() },
        { "a UTF-16 file", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"entries\": []}")).ToArray() },
        { "nested too deep", Encoding.UTF8.GetBytes(new string('[', 1000)) },
    };

    [Theory]
    [MemberData(nameof(BrokenGlossaries))]
    public void A_glossary_file_that_is_not_a_glossary_exits_2_with_a_line_per_problem_naming_the_file(string kind, byte[] content)
    {
        var path = Write("broken.json", content);

        var (exit, stdout, stderr) = CliRunner.Run("list", "--glossary", path);

        exit.Should().Be(2, kind);
        stdout.Should().BeEmpty();
        stderr.Should().NotContain("   at ");
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().NotBeEmpty()
            .And.OnlyContain(line => line.StartsWith("huli-glossary: --glossary: broken.json(", StringComparison.Ordinal), kind);
    }

    [Fact]
    public void Every_problem_of_a_glossary_file_is_printed_on_a_line_of_its_own()
    {
        var path = Write("three.json", Encoding.UTF8.GetBytes(
            "{\"entries\": [\n{\"number\": 1, \"term\": \"甲\"},\n{\"number\": 2, \"term\": \"乙\", \"definition\": \"…\", \"colour\": 1},\n{\"number\": \"3\", \"term\": \"丙\", \"definition\": \"…\"}\n]}"));

        var (exit, _, stderr) = CliRunner.Run("list", "--glossary", path);

        exit.Should().Be(2);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "huli-glossary: --glossary: three.json(2,1): entry 1, field 'definition': the field is missing.",
            "huli-glossary: --glossary: three.json(3,47): entry 2, field 'colour': unknown field; check its spelling against glossary.schema.json.",
            "huli-glossary: --glossary: three.json(4,12): the entry at index 2, field 'number': expected a whole number, found a string.");
    }

    [Fact]
    public void A_directory_given_as_the_glossary_exits_2_with_one_line()
    {
        var (exit, _, stderr) = CliRunner.Run("lookup", "六统一", "--glossary", folder);

        exit.Should().Be(2);
        OneLine(stderr).Should().Contain("is a directory");
    }

    [Fact]
    public void A_binary_file_to_annotate_is_read_with_a_warning_and_exit_0()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)((i * 131) ^ (i >> 3))).Concat(Encoding.UTF8.GetBytes("“六统一”")).ToArray();
        var path = Write("binary.bin", bytes);

        var (exit, stdout, stderr) = CliRunner.Run("annotate", path, "--format", "json");

        exit.Should().Be(0);
        stdout.Should().Contain("\"number\":13");
        OneLine(stderr).Should().StartWith($"huli-glossary: warning: {path} is not valid UTF-8;");
    }

    [Theory]
    [InlineData("annotate", "--format")]
    [InlineData("annotate", "--format", "")]
    [InlineData("annotate", "--format", "HTML5")]
    [InlineData("annotate", "a.txt", "b.txt")]
    [InlineData("--glossary")]
    [InlineData("list", "--glossary")]
    [InlineData("Lookup", "六统一")]
    [InlineData("--version-of-nothing")]
    public void Usage_errors_exit_2_with_one_line(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        exit.Should().Be(2, string.Join(" ", args));
        stdout.Should().BeEmpty();
        OneLine(stderr).Should().StartWith("huli-glossary: ");
    }

    [Fact]
    public void An_unexpected_failure_inside_a_command_exits_3_with_one_line_and_no_stack_trace()
    {
        // An output that fails the way no user can fix: it is already closed.
        var stdout = new MemoryStream();
        stdout.Dispose();
        using var stderr = new StringWriter { NewLine = "\n" };

        var exit = CliApp.Run(["lookup", "六统一"], new MemoryStream(), stdout, stderr);

        exit.Should().Be(3);
        OneLine(stderr.ToString()).Should().StartWith("huli-glossary: internal error: ObjectDisposedException: ").And.EndWith("(please report it)");
    }

    [Fact]
    public void A_failure_reading_standard_input_exits_with_one_line()
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter { NewLine = "\n" };

        var exit = CliApp.Run(["annotate"], new FailingStream(), stdout, stderr);

        exit.Should().Be(2);
        OneLine(stderr.ToString()).Should().Be("huli-glossary: the device is gone at sector 0");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string OneLine(string stderr)
    {
        stderr.Should().NotContain("   at ");
        return stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject;
    }


    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the device is gone\nat sector 0");
    }
}
