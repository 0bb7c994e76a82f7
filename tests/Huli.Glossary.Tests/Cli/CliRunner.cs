using System.IO;
using System.Text;
using Huli.Glossary.Cli;

namespace Huli.Glossary.Tests.Cli;

/// <summary>Runs the real command line in-process, with standard input given and both outputs captured.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWithInput([], args);

    public static (int Exit, string Stdout, string Stderr) RunWithInput(string stdin, params string[] args) =>
        RunWithInput(Encoding.UTF8.GetBytes(stdin), args);

    public static (int Exit, string Stdout, string Stderr) RunWithInput(byte[] stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, new MemoryStream(stdin), stdout, stderr);

        // Strict: output that is not valid UTF-8 fails the test that produced it.
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(stdout.ToArray());
        return (exit, text, stderr.ToString());
    }
}
