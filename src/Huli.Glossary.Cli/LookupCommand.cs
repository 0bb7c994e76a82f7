using System.Linq;
using System.CommandLine;

namespace Huli.Glossary.Cli;

/// <summary><c>huli-glossary lookup TERM [--json]</c>: one entry, for a person or as its glossary.json object.</summary>
internal static class LookupCommand
{
    public static Command Create(CliContext context)
    {
        var term = new Argument<string>("TERM") { Description = "The term, in any spelling: 六统一, 六統一, 2 2 n, “七办”…" };
        var json = new Option<bool>("--json") { Description = "Write the entry as its object in glossary.json." };
        var command = new Command("lookup", "Show the explanation of a term.") { term, json };
        command.SetAction(parse => context.Execute(parse, glossary => Run(context, glossary, parse.GetValue(term)!, parse.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, Glossary glossary, string term, bool json)
    {
        if (!glossary.TryGet(term, out var entry))
        {
            var closest = glossary.Closest(term);
            var hint = closest.Count == 0 ? string.Empty : " Did you mean " + string.Join(", ", closest.Select(e => $"{e.Term} ({e.Number})")) + "?";
            // A short term is quoted whole, a long one (which may be a whole pasted page) by its start.
            var shown = term.Length <= 64 ? term : term.Remove(char.IsHighSurrogate(term[63]) ? 63 : 64) + "…";
            context.Stderr.WriteLine($"huli-glossary: No entry is spelled '{CliApp.OneLine(shown)}'.{hint}");
            return ExitCodes.NotFound;
        }

        if (json)
        {
            JsonOutput.Write(context.Stdout, entry.WriteTo);
        }
        else
        {
            EntryText.Write(context.Stdout, entry);
        }

        return ExitCodes.Success;
    }
}
