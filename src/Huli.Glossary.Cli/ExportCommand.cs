using System.CommandLine;
using System.IO;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary export --format json|csv|tbx|markdown [-o FILE] [--tbx-version 2|3]</c>: the glossary in a
/// format other tools read, on stdout or into a file.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = CliSyntax.Choice<GlossaryExportFormat?>(
            "--format",
            "json (glossary.json's form), csv (UTF-8 with BOM, for spreadsheets), tbx (TBX-Basic, for terminology tools) or markdown (a reference page).",
            null,
            ("json", GlossaryExportFormat.Json),
            ("csv", GlossaryExportFormat.Csv),
            ("tbx", GlossaryExportFormat.Tbx),
            ("markdown", GlossaryExportFormat.Markdown));
        format.Aliases.Add("-f");
        format.Required = true;
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (replaced only once complete) instead of stdout." };
        var tbxVersion = CliSyntax.Choice<int?>("--tbx-version", "With --format tbx: 3 (default) for ISO 30042:2019, 2 for the older martif form.", null, ("2", 2), ("3", 3));
        var command = new Command("export", "Write the whole glossary as JSON, CSV, TBX or Markdown.") { format, output, tbxVersion };
        command.SetAction(parse => context.Execute(parse, glossary =>
        {
            var chosen = Format(parse.GetValue(format)!.Value, parse.GetValue(tbxVersion));
            return Run(context, glossary, chosen, parse.GetValue(output));
        }));
        return command;
    }

    private static GlossaryExportFormat Format(GlossaryExportFormat format, int? tbxVersion)
    {
        return (format, tbxVersion) switch
        {
            (_, null) => format,
            (GlossaryExportFormat.Tbx, 3) => GlossaryExportFormat.Tbx,
            (GlossaryExportFormat.Tbx, 2) => GlossaryExportFormat.Tbx2,
            _ => throw new CliException("--tbx-version: only goes with --format tbx."),
        };
    }

    private static int Run(CliContext context, Glossary glossary, GlossaryExportFormat format, string? path)
    {
        if (path is null)
        {
            GlossaryExport.Write(glossary, format, context.StdoutBytes());
            return ExitCodes.Success;
        }

        OutputFile.Write(path, file => GlossaryExport.Write(glossary, format, file));
        return ExitCodes.Success;
    }
}
