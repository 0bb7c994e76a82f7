using System.CommandLine;
using System.Text;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary extract REPORT [-o FILE] [--encoding NAME]</c>: the glossary of a report's own explanations
/// (名词解释, 注释) as glossary.json, ready for <c>annotate --glossary</c>.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>A report longer than this is refused rather than read into memory (the largest in the corpus is 100 KB).</summary>
    private const int MaxReportChars = 16 << 20;

    public static Command Create(CliContext context)
    {
        var report = new Argument<string>("REPORT") { Description = "The report's text file; - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the glossary to this file (replaced only once complete) instead of stdout." };
        var encoding = TextInput.EncodingOption();
        var command = new Command("extract", "Build a glossary (glossary.json) from a report's own 名词解释 or 注释 section.") { report, output, encoding };
        command.SetAction(parse => context.Execute(parse, _ => Run(context, parse.GetValue(report)!, parse.GetValue(output), parse.GetValue(encoding)!)));
        return command;
    }

    private static int Run(CliContext context, string path, string? output, string encodingName)
    {
        var name = path == "-" ? "standard input" : path;
        var text = Read(context, path, name, encodingName);
        var result = GlossaryExtractor.Extract(text);
        foreach (var warning in result.Warnings)
        {
            var place = warning.Line == 0 ? name : $"{name}({warning.Line})";
            context.Stderr.WriteLine($"huli-glossary: {place}: warning: {CliApp.OneLine(warning.Message)}");
        }

        if (result.Glossary.Entries.Count == 0)
        {
            // Nothing found exits 1 as grep does; an empty glossary would load, but replacing an existing -o file
            // with one would lose its entries for nothing.
            return ExitCodes.NotFound;
        }

        context.Stderr.WriteLine($"huli-glossary: {name}: {result.Glossary.Entries.Count} entries under '{result.Heading}' (line {result.HeadingLine}).");
        if (output is null)
        {
            GlossaryExport.Write(result.Glossary, GlossaryExportFormat.Json, context.StdoutBytes());
            return ExitCodes.Success;
        }

        OutputFile.Write(output, stream => GlossaryExport.Write(result.Glossary, GlossaryExportFormat.Json, stream));
        return ExitCodes.Success;
    }

    private static string Read(CliContext context, string path, string name, string encodingName)
    {
        using var input = TextInput.Open(context, path, encodingName, "extract");
        var text = new StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while ((read = input.Reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > MaxReportChars)
            {
                throw new CliException($"extract: {name} is longer than {MaxReportChars >> 20} Mi characters; a work report is far shorter, so this is not one.");
            }

            text.Append(buffer, 0, read);
        }

        // Unlike annotate, which only reads the text, extract writes its terms into a glossary: a U+FFFD there would
        // stay in the user's data, so a wrong encoding is an error rather than a warning.
        if (input.InvalidBytes() is { } problem)
        {
            throw new CliException($"extract: {problem}; a glossary must not keep them, so give the report's encoding with --encoding.");
        }

        return text.ToString();
    }
}
