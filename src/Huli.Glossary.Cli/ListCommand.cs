using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace Huli.Glossary.Cli;

/// <summary><c>huli-glossary list [--json]</c>: every entry, a line each or as a JSON array.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Write an array of the entries' glossary.json objects." };
        var command = new Command("list", "List every entry.") { json };
        command.SetAction(parse => context.Execute(parse, glossary => Run(context, glossary, parse.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, Glossary glossary, bool json)
    {
        if (json)
        {
            JsonOutput.Write(context, writer =>
            {
                writer.WriteStartArray();
                foreach (var entry in glossary.Entries)
                {
                    entry.WriteTo(writer);
                }

                writer.WriteEndArray();
            });
            return ExitCodes.Success;
        }

        var width = glossary.Entries.Count == 0 ? 1 : glossary.Entries.Max(e => e.Number).ToString(CultureInfo.InvariantCulture).Length;
        foreach (var entry in glossary.Entries)
        {
            var kind = entry.Kind == GlossaryEntryKind.Note ? "  (note)" : string.Empty;
            context.Stdout.WriteLine($"{entry.Number.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {entry.Term}{kind}");
        }

        return ExitCodes.Success;
    }
}
