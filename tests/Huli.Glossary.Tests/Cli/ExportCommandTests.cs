using System;
using System.IO;
using System.Text;
using System.Xml.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Cli;

/// <summary><c>huli-glossary export</c>, run in-process with its output captured.</summary>
public class ExportCommandTests
{
    [Fact]
    public void Json_on_stdout_is_glossary_json()
    {
        var (exit, stdout, stderr) = CliRunner.Run("export", "--format", "json");

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().Be(File.ReadAllText(Report.DataPath("glossary.json"), Encoding.UTF8));
    }

    [Fact]
    public void Csv_on_stdout_keeps_its_byte_order_mark_so_a_redirect_gives_the_same_file_as_o()
    {
        var (exit, stdout, _) = CliRunner.Run("export", "--format", "csv");

        exit.Should().Be(0);
        stdout.Should().StartWith("\uFEFFnumber,term,aliases,definition,components\r\n")
            .And.Contain("\r\n13,六统一,,");
    }

    [Theory]
    [InlineData("tbx", null, "{urn:iso:std:iso:30042:ed-2}tbx")]
    [InlineData("tbx", "3", "{urn:iso:std:iso:30042:ed-2}tbx")]
    [InlineData("tbx", "2", "martif")]
    [InlineData("TBX", "2", "martif")]
    public void Tbx_version_picks_the_form(string format, string? version, string root)
    {
        var (exit, stdout, _) = version is null ? CliRunner.Run("export", "--format", format) : CliRunner.Run("export", "--format", format, "--tbx-version", version);

        exit.Should().Be(0);
        XDocument.Parse(stdout).Root!.Name.ToString().Should().Be(root);
    }

    [Theory]
    [InlineData(GlossaryExportFormat.Csv, "csv")]
    [InlineData(GlossaryExportFormat.Markdown, "markdown")]
    [InlineData(GlossaryExportFormat.Tbx2, "tbx", "--tbx-version", "2")]
    public void O_writes_the_file_byte_for_byte_as_the_API_does_and_nothing_on_stdout(GlossaryExportFormat format, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run(["export", "--format", .. args, "-o", path]);

            exit.Should().Be(0);
            stdout.Should().BeEmpty();
            stderr.Should().BeEmpty();
            File.ReadAllBytes(path).Should().Equal(Exported.Bytes(Glossary.Default, format));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_glossary_option_exports_that_glossary()
    {
        var path = Path.Combine(Path.GetTempPath(), $"glossary-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, GlossaryJson.Document(GlossaryJson.Entry13));
        try
        {
            var (exit, stdout, _) = CliRunner.Run("export", "--format", "csv", "--glossary", path);

            exit.Should().Be(0);
            stdout.Should().Be("\uFEFFnumber,term,aliases,definition,components\r\n13,六统一,,统一租金涨幅标准。,\r\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--format: expected json, csv, tbx or markdown, not 'yaml'.", "export", "--format", "yaml")]
    [InlineData("--format", "export")]
    [InlineData("only goes with --format tbx", "export", "--format", "csv", "--tbx-version", "2")]
    [InlineData("--tbx-version: expected 2 or 3, not '4'.", "export", "--format", "tbx", "--tbx-version", "4")]
    [InlineData("--tbx-version: expected 2 or 3, not 'abc'.", "export", "--format", "tbx", "--tbx-version", "abc")]
    public void Usage_errors_exit_2_with_one_line(string message, params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        stderr.Should().StartWith("huli-glossary: ").And.Contain(message);
    }

    [Theory]
    [InlineData("no-such-folder/glossary.csv", "its folder does not exist")]
    [InlineData("", "it is a folder")]
    public void O_to_a_path_that_cannot_be_written_exits_2_naming_the_path(string relative, string reason)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}")).FullName;
        var path = Path.Combine(folder, relative);
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("export", "--format", "csv", "-o", path);

            exit.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().Be($"huli-glossary: -o: cannot write {path}: {reason}.\n");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Help_lists_export()
    {
        var (exit, stdout, _) = CliRunner.Run("--help");

        exit.Should().Be(0);
        stdout.Should().Contain("export");
    }

    [Fact]
    public void O_through_a_symbolic_link_writes_the_file_it_names_and_keeps_the_link()
    {
        using var folder = new TempFolder();
        var target = folder.Write("real.json", "old");
        var link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, "real.json");

        var (exit, _, stderr) = CliRunner.Run("export", "--format", "json", "-o", link);

        exit.Should().Be(0, stderr);
        new FileInfo(link).LinkTarget.Should().Be("real.json");
        File.ReadAllBytes(target).Should().Equal(Exported.Bytes(Glossary.Default, GlossaryExportFormat.Json));
        Directory.GetFiles(folder.Path).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Fact]
    public void O_keeps_the_permissions_of_the_file_it_replaces()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var target = folder.Write("private.csv", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (exit, _, stderr) = CliRunner.Run("export", "--format", "csv", "-o", target);

        exit.Should().Be(0, stderr);
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllBytes(target).Should().Equal(Exported.Bytes(Glossary.Default, GlossaryExportFormat.Csv));
    }

    [Fact]
    public async System.Threading.Tasks.Task O_into_a_fifo_writes_into_the_pipe_and_leaves_it_a_pipe()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.Should().Be(0);
        }

        // Opening a FIFO blocks until both ends are open: the reader runs beside the command.
        var reader = System.Threading.Tasks.Task.Run(() => File.ReadAllBytes(fifo));
        var (exit, _, stderr) = CliRunner.Run("export", "--format", "json", "-o", fifo);

        exit.Should().Be(0, stderr);
        (await reader.WaitAsync(TimeSpan.FromSeconds(30))).Should().Equal(Exported.Bytes(Glossary.Default, GlossaryExportFormat.Json));
        File.GetAttributes(fifo).Should().NotHaveFlag(FileAttributes.ReparsePoint);
        new FileInfo(fifo).Length.Should().Be(0, "a pipe holds nothing once read; a regular file would hold the export");
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder() => Path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"export-{Guid.NewGuid():N}")).FullName;

        public string Path { get; }

        public string Write(string name, string content)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
