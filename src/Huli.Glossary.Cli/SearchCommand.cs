using System.CommandLine;
using System.Globalization;

namespace Huli.Glossary.Cli;

/// <summary><c>huli-glossary search QUERY [--limit N] [--json]</c>: the entries a query most likely means, best first.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("QUERY") { Description = "What to look for: part of a term, pinyin (liutongyi, lty), a homophone typo, a word of a definition…" };
        var limit = new Option<int>("--limit") { Description = "The most results to show (default 10).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Write an array of {number, term, score, kind}." };
        var command = new Command("search", "Find the entries a query most likely means, best first.") { query, limit, json };
        command.SetAction(parse => context.Execute(parse, glossary => Run(context, glossary, parse.GetValue(query)!, parse.GetValue(limit), parse.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, Glossary glossary, string query, int limit, bool json)
    {
        if (limit <= 0)
        {
            throw new CliException($"--limit: must be a positive number, not {limit.ToString(CultureInfo.InvariantCulture)}.");
        }

        var results = glossary.Search(query, limit);
        if (results.Count == 0)
        {
            context.Stderr.WriteLine($"huli-glossary: nothing in the glossary matches '{query}'.");
            return ExitCodes.NotFound;
        }

        if (json)
        {
            JsonOutput.Write(context.Stdout, writer =>
            {
                writer.WriteStartArray();
                foreach (var result in results)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("number", result.Entry.Number);
                    writer.WriteString("term", result.Entry.Term);
                    // Three decimals: the order is what matters, and the figure should read the same on every platform.
                    writer.WriteNumber("score", System.Math.Round(result.Score, 3));
                    writer.WriteString("kind", KindName(result.Kind));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            return ExitCodes.Success;
        }

        foreach (var result in results)
        {
            var match = result.MatchedText == result.Entry.Term ? string.Empty : $"  ({result.MatchedText})";
            context.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Score:0.00}  {result.Entry.Number,2}  {result.Entry.Term}  [{KindName(result.Kind)}]{match}"));
        }

        return ExitCodes.Success;
    }

    /// <summary>The kind as JSON names things: camelCase, like the "kind" and "when" values of glossary.json.</summary>
    private static string KindName(GlossarySearchKind kind) => kind switch
    {
        GlossarySearchKind.PinyinInitials => "pinyinInitials",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
