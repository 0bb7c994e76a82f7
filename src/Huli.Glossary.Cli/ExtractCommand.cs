using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary extract REPORT [-o FILE] [--encoding NAME]</c>: the glossary of a report's own explanations
/// (名词解释, 注释) as glossary.json, ready for <c>annotate --glossary</c>.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>A report larger than this is refused rather than read into memory (the largest in the corpus is 100 KB).</summary>
    private const long MaxReportBytes = 16 << 20;

    public static Command Create(CliContext context)
    {
        var report = new Argument<string>("REPORT") { Description = "The report's text file; - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the glossary to this file (replaced only once complete) instead of stdout." };
        var encoding = new Option<string>("--encoding")
        {
            Description = "The report's encoding: utf-8 (default; a byte order mark is honoured), gb18030, gbk, big5, utf-16…",
            DefaultValueFactory = _ => "utf-8",
        };
        var command = new Command("extract", "Build a glossary (glossary.json) from a report's own 名词解释 or 注释 section.") { report, output, encoding };
        command.SetAction(parse => context.Execute(parse, _ => Run(context, parse.GetValue(report)!, parse.GetValue(output), parse.GetValue(encoding)!)));
        return command;
    }

    private static int Run(CliContext context, string path, string? output, string encodingName)
    {
        var name = path == "-" ? "standard input" : path;
        var text = Read(context, path, name, Decoder(encodingName));
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
            using var stdout = new TextWriterStream(context.Stdout);
            GlossaryExport.Write(result.Glossary, GlossaryExportFormat.Json, stdout);
            context.Stdout.WriteLine();
            return ExitCodes.Success;
        }

        OutputFile.Write(output, stream => GlossaryExport.Write(result.Glossary, GlossaryExportFormat.Json, stream));
        return ExitCodes.Success;
    }

    private static Encoding Decoder(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new CliException($"--encoding: unknown encoding '{name}'; use utf-8, gb18030, gbk, big5 or utf-16.");
        }
    }

    private static string Read(CliContext context, string path, string name, Encoding encoding)
    {
        if (path != "-" && Directory.Exists(path))
        {
            throw new CliException($"extract: '{path}' is a directory, not a text file.");
        }

        if (path != "-" && !File.Exists(path))
        {
            throw new CliException($"extract: no such file: {path}");
        }

        using var input = path == "-" ? context.Stdin : File.OpenRead(path);
        using var bytes = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + read > MaxReportBytes)
            {
                throw new CliException($"extract: {name} is larger than {MaxReportBytes >> 20} MiB; a work report is far smaller, so this is not one.");
            }

            bytes.Write(buffer, 0, read);
        }

        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes.GetBuffer(), 0, (int)bytes.Length), encoding, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException exception)
        {
            var at = exception.Index >= 0 ? $" (near byte {exception.Index})" : string.Empty;
            throw new CliException($"extract: {name} is not valid {encoding.WebName}{at}; give its encoding with --encoding, for example --encoding gb18030.");
        }
    }
}
