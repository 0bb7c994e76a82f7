using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary search QUERY… [--limit N] [--json]</c>: the entries a query most likely means, best first;
/// <c>search --batch</c>: a JSON line of results per line of standard input.
/// </summary>
internal static class SearchCommand
{
    private static readonly JsonTypeInfo<IReadOnlyList<GlossarySearchResult>> SearchResults =
        (JsonTypeInfo<IReadOnlyList<GlossarySearchResult>>)GlossaryJsonContract.Options.GetTypeInfo(typeof(IReadOnlyList<GlossarySearchResult>));

    public static Command Create(CliContext context)
    {
        var query = CliSyntax.FreeWords("QUERY", "What to look for, quoted or not: part of a term, pinyin (liu tong yi, lty), a homophone typo, a phrase holding a term…");
        var limit = CliSyntax.PositiveNumber("--limit", "The most results to show (default 10).", 10);
        var json = new Option<bool>("--json") { Description = "Write an array of {number, term, score, kind, matchedText, definition} ([] when nothing matches)." };
        var batch = new Option<bool>("--batch")
        {
            Description = "Read one query per line from standard input; write one JSON line per query, in order: its results array.",
        };
        var encoding = TextInput.EncodingOption();
        var command = new Command("search", "Find the entries a query most likely means, best first.") { query, limit, json, batch, encoding };
        command.SetAction(parse => context.Execute(parse, glossary =>
        {
            var text = CliSyntax.Query(parse, query);
            var most = parse.GetValue(limit);
            if (parse.GetValue(batch))
            {
                return text is null
                    ? Batch.Run(context, parse.GetValue(encoding)!, (output, line) => output.WriteLine(writer => Write(writer, glossary.Search(line, most))))
                    : throw new CliException("search: --batch reads its queries from standard input; give no QUERY with it.");
            }

            return text is null
                ? throw new CliException("search: give a query (search liu tong yi), or --batch to read queries from standard input.")
                : Run(context, glossary, text, most, parse.GetValue(json));
        }));
        return command;
    }

    private static int Run(CliContext context, Glossary glossary, string query, int limit, bool json)
    {
        var results = glossary.Search(query, limit);
        if (results.Count == 0)
        {
            context.Stderr.WriteLine($"huli-glossary: nothing in the glossary matches '{query}'.");
        }

        if (json)
        {
            JsonOutput.Write(context, writer => Write(writer, results));
        }
        else
        {
            foreach (var result in results)
            {
                var match = result.MatchedText == result.Entry.Term ? string.Empty : $"  ({result.MatchedText})";
                context.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Score:0.00}  {result.Entry.Number,2}  {result.Entry.Term}  [{KindName(result.Kind)}]{match}"));
            }
        }

        return results.Count == 0 ? ExitCodes.NotFound : ExitCodes.Success;
    }

    /// <summary>The results through the library's JSON contract, the shape an HTTP API returning them gives too.</summary>
    private static void Write(Utf8JsonWriter writer, IReadOnlyList<GlossarySearchResult> results) =>
        JsonSerializer.Serialize(writer, results, SearchResults);

    /// <summary>The kind as the JSON names it: camelCase, like the "kind" and "when" values of glossary.json.</summary>
    private static string KindName(GlossarySearchKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
