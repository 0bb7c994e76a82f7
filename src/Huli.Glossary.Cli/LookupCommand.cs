using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary lookup TERM… [--json]</c>: one entry, for a person or as its glossary.json object;
/// <c>lookup --batch</c>: a JSON line per line of standard input.
/// </summary>
internal static class LookupCommand
{
    public static Command Create(CliContext context)
    {
        var term = CliSyntax.FreeWords("TERM", "The term, in any spelling, quoted or not: 六统一, 六統一, 2 2 n, “七办”…");
        var json = new Option<bool>("--json") { Description = "Write the entry as its object in glossary.json (null when there is none)." };
        var batch = new Option<bool>("--batch")
        {
            Description = "Read one term per line from standard input; write one JSON line per term, in order: the entry's object, or null.",
        };
        var encoding = TextInput.EncodingOption();
        var command = new Command("lookup", "Show the explanation of a term.") { term, json, batch, encoding };
        command.SetAction(parse => context.Execute(parse, glossary =>
        {
            var query = CliSyntax.Query(parse, term);
            if (parse.GetValue(batch))
            {
                return query is null
                    ? Batch.Run(context, parse.GetValue(encoding)!, (output, line) => output.WriteLine(writer => Write(writer, glossary, line)))
                    : throw new CliException("lookup: --batch reads its terms from standard input; give no TERM with it.");
            }

            return query is null
                ? throw new CliException("lookup: give a term (lookup 六统一), or --batch to read terms from standard input.")
                : Run(context, glossary, query, parse.GetValue(json));
        }));
        return command;
    }

    private static void Write(System.Text.Json.Utf8JsonWriter writer, Glossary glossary, string term)
    {
        if (glossary.TryGet(term, out var entry))
        {
            entry.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static int Run(CliContext context, Glossary glossary, string term, bool json)
    {
        if (!glossary.TryGet(term, out var entry))
        {
            context.Stderr.WriteLine($"huli-glossary: {NotFound(glossary, term)}");
            if (json)
            {
                JsonOutput.Write(context, writer => writer.WriteNullValue());
            }

            return ExitCodes.NotFound;
        }

        if (json)
        {
            JsonOutput.Write(context, entry.WriteTo);
        }
        else
        {
            EntryText.Write(context.Stdout, entry);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// What to say about a term no entry is spelled as: what a search finds for it (pinyin, initials, a term inside a
    /// longer phrase), else the entries nearest its spelling (Closest).
    /// </summary>
    private static string NotFound(Glossary glossary, string term)
    {
        // A short term is quoted whole, a long one (which may be a whole pasted page) by its start.
        var shown = CliApp.OneLine(term.Length <= 64 ? term : term.Remove(char.IsHighSurrogate(term[63]) ? 63 : 64) + "…");
        var found = glossary.Search(term, 3).Select(result => result.Entry).ToList();
        if (found.Count > 0)
        {
            return $"No entry is spelled '{shown}'. Did you mean {Names(found)}? ('huli-glossary search {shown}' shows why)";
        }

        var closest = glossary.Closest(term);
        return closest.Count == 0 ? $"No entry is spelled '{shown}'." : $"No entry is spelled '{shown}'. Did you mean {Names(closest)}?";
    }

    private static string Names(IReadOnlyList<GlossaryEntry> entries) =>
        CliSyntax.OneOf(entries.Select(entry => $"{entry.Term} ({entry.Number})").ToList());
}
