using System;
using System.CommandLine;
using System.IO;

namespace Huli.Glossary.Cli;

/// <summary>
/// The command line: parsing and dispatch only. Each command lives in its own *Command.cs and writes to
/// the writers of the <see cref="CliContext"/>, so tests run the real thing in-process; every failure
/// becomes one line on stderr and an exit code, never a stack trace.
/// </summary>
internal static class CliApp
{
    private static readonly char[] LineBreaks = ['\n', '\r', '\t'];

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return Dispatch(args, stdin, stdout, stderr);
        }
        catch (Exception exception)
        {
            // Commands turn every failure a user can fix into a usage error; what reaches here is a bug, and a
            // stack trace would tell a user nothing they can act on.
            stderr.WriteLine($"huli-glossary: internal error: {OneLine($"{exception.GetType().Name}: {exception.Message}")} (please report it)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Joins the lines of a message, so that every failure stays one line on stderr.</summary>
    public static string OneLine(string message) => string.Join(" ", message.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries));

    private static int Dispatch(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdin, stdout, stderr);
        var root = new RootCommand("huli-glossary: the jargon of the 2024 Huli District government work report, explained.")
        {
            context.GlossaryOption,
            LookupCommand.Create(context),
            ListCommand.Create(context),
            AnnotateCommand.Create(context),
            ExportCommand.Create(context),
            SearchCommand.Create(context),
            ExtractCommand.Create(context),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine lists allowed values on lines of their own; a usage error stays one line.
            stderr.WriteLine($"huli-glossary: {OneLine(parseResult.Errors[0].Message)} (see 'huli-glossary --help')");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
