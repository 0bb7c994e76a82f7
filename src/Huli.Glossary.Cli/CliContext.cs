using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace Huli.Glossary.Cli;

/// <summary>What every command shares: the standard streams, the global --glossary option, and error handling.</summary>
/// <remarks>
/// Standard output is a stream of UTF-8 bytes with a text writer over it: people's text goes through the writer, what
/// is UTF-8 already (JSON, exports) goes to the stream as it is, never decoded into text and encoded again.
/// </remarks>
internal sealed class CliContext(Stream stdin, Stream stdout, TextWriter stderr)
{
    public Stream Stdin { get; } = stdin;

    /// <summary>Standard output as text: UTF-8 without a byte order mark, lines ending in \n.</summary>
    public TextWriter Stdout { get; } = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 12, leaveOpen: true)
    {
        NewLine = "\n",
    };

    public TextWriter Stderr { get; } = stderr;

    public Option<string?> GlossaryOption { get; } = new("--glossary")
    {
        Description = "Use this glossary file (in the format of glossary.json) instead of the built-in one.",
        Recursive = true,
    };

    /// <summary>Standard output for UTF-8 bytes, after what was written as text so far (flushed first, so the order holds).</summary>
    public Stream StdoutBytes()
    {
        Stdout.Flush();
        return stdout;
    }

    /// <summary>Everything written so far, on its way to standard output.</summary>
    public void Flush()
    {
        Stdout.Flush();
        stdout.Flush();
    }

    /// <summary>Runs a command with the glossary the user chose, turning every expected failure into one line and exit code 2.</summary>
    public int Execute(ParseResult parse, Func<Glossary, int> command)
    {
        try
        {
            var path = parse.GetValue(GlossaryOption);
            var glossary = path is null ? Glossary.Default : LoadGlossary(path);
            var exitCode = command(glossary);
            Flush();
            return exitCode;
        }
        catch (CliException exception)
        {
            // One line per problem: a glossary file may have many, and a person fixes them all in one pass.
            foreach (var line in exception.Message.Split('\n'))
            {
                Stderr.WriteLine($"huli-glossary: {CliApp.OneLine(line)}");
            }

            return ExitCodes.UsageError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Stderr.WriteLine($"huli-glossary: {CliApp.OneLine(exception.Message)}");
            return ExitCodes.UsageError;
        }
    }

    private static Glossary LoadGlossary(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"--glossary: '{path}' is a directory, not a glossary file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"--glossary: no such file: {path}");
        }

        try
        {
            return Glossary.LoadFile(path);
        }
        catch (GlossaryFormatException exception)
        {
            throw new CliException(exception.Problems.Count == 0
                ? $"--glossary: {exception.Message}"
                : string.Join("\n", exception.Problems.Select(problem => $"--glossary: {problem}")));
        }
    }
}

/// <summary>A failure the user can fix, reported as one line and exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
