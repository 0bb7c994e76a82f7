using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace Huli.Glossary.Cli;

/// <summary>
/// The command line: parsing and dispatch only. Each command writes to the writers it is given, so tests
/// run the real thing in-process; every failure becomes one line on stderr and an exit code, never a trace.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var glossaryOption = new Option<string?>("--glossary")
        {
            Description = "Use this glossary file (in the format of glossary.json) instead of the built-in one.",
            Recursive = true,
        };
        var jsonOption = new Option<bool>("--json") { Description = "Write JSON (the entry as in glossary.json) instead of text." };
        var termArgument = new Argument<string>("TERM") { Description = "The term, in any spelling: 六统一, 六統一, 2 2 n, “七办”…" };

        var lookup = new Command("lookup", "Show the explanation of a term.") { termArgument, jsonOption };
        var list = new Command("list", "List every entry.") { jsonOption };
        var root = new RootCommand("huli-glossary: the jargon of the 2024 Huli District government work report, explained.")
        {
            glossaryOption,
            lookup,
            list,
        };

        var context = new CommandContext(stdout, stderr, glossaryOption);
        lookup.SetAction(parse => context.Execute(parse, glossary =>
            Commands.Lookup(glossary, parse.GetValue(termArgument)!, parse.GetValue(jsonOption), stdout, stderr)));
        list.SetAction(parse => context.Execute(parse, glossary =>
            Commands.List(glossary, parse.GetValue(jsonOption), stdout)));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            stderr.WriteLine($"huli-glossary: {parseResult.Errors[0].Message} (see 'huli-glossary --help')");
            return ExitCodes.UsageError;
        }

        _ = stdin;
        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private sealed class CommandContext(TextWriter stdout, TextWriter stderr, Option<string?> glossaryOption)
    {
        public int Execute(ParseResult parse, Func<Glossary, int> command)
        {
            try
            {
                var path = parse.GetValue(glossaryOption);
                var glossary = path is null ? Glossary.Default : LoadGlossary(path);
                var exitCode = command(glossary);
                stdout.Flush();
                return exitCode;
            }
            catch (CliException exception)
            {
                stderr.WriteLine($"huli-glossary: {exception.Message}");
                return ExitCodes.UsageError;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"huli-glossary: {exception.Message}");
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
                throw new CliException($"--glossary: {exception.Message}");
            }
        }
    }
}

/// <summary>A failure the user can fix, reported as one line and exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
