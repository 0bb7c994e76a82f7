using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using Huli.Glossary.Search;

namespace Huli.Glossary.Cli;

/// <summary>
/// The argument and option shapes every command uses, so that each behaves the same way everywhere: free words
/// joined into one query, named values matched without regard to case, numbers and choices refused in words that
/// say what is expected.
/// </summary>
internal static class CliSyntax
{
    /// <summary>
    /// Every word after the command, joined by single spaces into one query: <c>lookup 2 2 n</c> looks up "2 2 n"
    /// without quotes. Optional, so that a command can also take its queries from standard input (--batch).
    /// </summary>
    public static Argument<string[]> FreeWords(string name, string description)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        argument.CustomParser = result =>
        {
            // An unknown option would otherwise become a word of the query and the search would quietly miss:
            // blame the option instead, by name.
            foreach (var token in result.Tokens)
            {
                if (LooksLikeOption(token.Value))
                {
                    var command = (result.Parent as CommandResult)?.Command;
                    var options = command is null ? [] : OptionNames(command);
                    var where = command is null ? string.Empty : $"{command.Name}: ";
                    var closest = Closest(token.Value, options);
                    result.AddError(closest is null
                        ? $"{where}unknown option '{token.Value}'."
                        : $"{where}unknown option '{token.Value}'; did you mean '{closest}'?");
                    return [];
                }
            }

            return result.Tokens.Select(token => token.Value).ToArray();
        };
        return argument;
    }

    /// <summary>An option's shape (-x, --word), as opposed to a query that merely starts with a hyphen (-5%, -).</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (token[1] == '-' || char.IsAsciiLetter(token[1]));

    /// <summary>The names and aliases of a command's own options.</summary>
    public static IEnumerable<string> OptionNames(Command command) =>
        command.Options.SelectMany(option => option.Aliases.Prepend(option.Name));

    /// <summary>The query the free words make, or null when none were given.</summary>
    public static string? Query(ParseResult parse, Argument<string[]> words) =>
        parse.GetValue(words) is { Length: > 0 } given ? string.Join(" ", given) : null;

    /// <summary>
    /// An option taking one of a few named values, in any case (<c>--format HTML</c>); anything else is refused with
    /// the list of what is accepted.
    /// </summary>
    public static Option<T> Choice<T>(string name, string description, T defaultValue, params (string Name, T Value)[] choices)
    {
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = string.Join("|", choices.Select(choice => choice.Name)),
        };
        if (defaultValue is not null)
        {
            // Without a default, a required option left out is reported as missing, not quietly given one.
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.CustomParser = result =>
        {
            var given = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            foreach (var (choiceName, value) in choices)
            {
                if (string.Equals(given, choiceName, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            result.AddError($"{name}: expected {OneOf(choices.Select(choice => choice.Name).ToList())}, not '{given}'.");
            return defaultValue;
        };
        return option;
    }

    /// <summary>An option taking a whole number of at least 1: <c>--limit abc</c> says so in words, not in .NET type names.</summary>
    public static Option<int> PositiveNumber(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, HelpName = "N", DefaultValueFactory = _ => defaultValue };
        option.CustomParser = result =>
        {
            var given = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return number;
            }

            result.AddError($"{name}: expected a whole number of at least 1, not '{given}'.");
            return defaultValue;
        };
        return option;
    }

    /// <summary>"a, b or c", for messages that list what is accepted.</summary>
    public static string OneOf(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";

    /// <summary>The name closest to what was typed, when it is close enough to be a slip (at most a third of it changed).</summary>
    public static string? Closest(string typed, IEnumerable<string> names)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var distance = EditDistance.Between(typed.ToLowerInvariant().AsSpan(), name.ToLowerInvariant().AsSpan());
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(1, typed.Length / 3) ? best : null;
    }
}
