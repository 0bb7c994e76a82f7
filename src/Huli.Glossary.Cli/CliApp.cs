using System;
using System.CommandLine;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;

namespace Huli.Glossary.Cli;

/// <summary>
/// The command line: parsing and dispatch only. Each command lives in its own *Command.cs and writes to
/// the writers of the <see cref="CliContext"/>, so tests run the real thing in-process; every failure
/// becomes one line on stderr and an exit code, never a stack trace.
/// </summary>
internal static class CliApp
{
    private static readonly char[] LineBreaks = ['\n', '\r', '\t'];

    /// <summary>Runs the command line; <paramref name="stdout"/> receives UTF-8, buffered here and flushed before returning.</summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        try
        {
            // One system call per 64 KiB, not per line, in batch modes.
            var context = new CliContext(stdin, new BufferedStream(stdout, 1 << 16), stderr);
            var exitCode = Dispatch(args, context);
            context.Flush();
            return exitCode;
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

    private static int Dispatch(string[] args, CliContext context)
    {
        var stderr = context.Stderr;
        var root = new RootCommand("huli-glossary: the jargon of the 2024 Huli District government work report, explained.")
        {
            context.GlossaryOption,
            LookupCommand.Create(context),
            ListCommand.Create(context),
            AnnotateCommand.Create(context),
            ExportCommand.Create(context),
            SearchCommand.Create(context),
            ExtractCommand.Create(context),
            ServeCommand.Create(context),
        };

        var invocation = new InvocationConfiguration { Output = context.Stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            // No arguments is a person finding out what the tool does (clig.dev): the help, and success.
            return root.Parse(["--help"]).Invoke(invocation);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            stderr.WriteLine($"huli-glossary: {OneLine(UsageMessage(root, parseResult))} (see 'huli-glossary {HelpFor(root, parseResult)}--help')");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(invocation);
    }

    /// <summary>
    /// The one problem to report, blaming what the user got wrong: an unknown command or option by name with the
    /// closest real one, before anything System.CommandLine says about the tokens that follow it.
    /// </summary>
    private static string UsageMessage(RootCommand root, ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (command == root && !token.StartsWith('-'))
            {
                var commands = root.Subcommands.Select(c => c.Name).ToList();
                return Closest($"unknown command '{token}'", token, commands)
                    ?? $"unknown command '{token}'; the commands are {CliSyntax.OneOf(commands)}.";
            }

            if (token.StartsWith('-'))
            {
                var options = OptionsOf(parse).ToList();
                var where = command == root ? string.Empty : $"{command.Name}: ";
                return Closest($"{where}unknown option '{token}'", token, options) ?? $"{where}unknown option '{token}'.";
            }
        }

        return parse.Errors[0].Message;
    }

    private static string? Closest(string problem, string typed, IEnumerable<string> names) =>
        CliSyntax.Closest(typed, names) is { } closest ? $"{problem}; did you mean '{closest}'?" : null;

    /// <summary>Every option name the command in hand accepts, its own and those it inherits.</summary>
    private static IEnumerable<string> OptionsOf(ParseResult parse)
    {
        for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            var own = result == parse.CommandResult;
            foreach (var option in result.Command.Options)
            {
                if (own || option.Recursive)
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
            }
        }
    }

    private static string HelpFor(RootCommand root, ParseResult parse) =>
        parse.CommandResult.Command == root ? string.Empty : parse.CommandResult.Command.Name + " ";
}
