using System.CommandLine;
using System.IO;
using System.Text.Json;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary annotate [FILE|-] [--format text|html|markdown|json] [--first-only] [--offsets utf16|codepoints|utf8]
/// [--definitions] [--encoding NAME] [--jsonl]</c>: the input with its jargon explained, streamed in constant memory.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The text to annotate; - or nothing for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var format = CliSyntax.Choice(
            "--format",
            "text (definitions in parentheses), html (<abbr title>), markdown (footnotes) or json (the matches).",
            AnnotationFormat.Text,
            ("text", AnnotationFormat.Text),
            ("html", AnnotationFormat.Html),
            ("markdown", AnnotationFormat.Markdown),
            ("json", AnnotationFormat.Json));
        var firstOnly = new Option<bool>("--first-only") { Description = "Annotate only the first occurrence of each entry." };
        var offsets = CliSyntax.Choice(
            "--offsets",
            "The unit of JSON offsets: utf16 (default), codepoints or utf8.",
            OffsetUnit.Utf16,
            ("utf16", OffsetUnit.Utf16),
            ("codepoints", OffsetUnit.CodePoints),
            ("utf8", OffsetUnit.Utf8));
        var definitions = new Option<bool>("--definitions") { Description = "With json or --jsonl: give each match its entry's definition too." };
        var encoding = TextInput.EncodingOption();
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read JSON Lines {\"id\": …, \"text\": \"…\"} and write a line {\"id\": …, \"matches\": […]} for each, in order.",
        };

        var command = new Command("annotate", "Explain the jargon inside a text.") { file, format, firstOnly, offsets, definitions, encoding, jsonl };
        command.SetAction(parse => context.Execute(parse, glossary =>
        {
            var options = new AnnotationOptions
            {
                Format = parse.GetValue(jsonl) ? AnnotationFormat.Json : parse.GetValue(format),
                FirstOccurrenceOnly = parse.GetValue(firstOnly),
                Offsets = parse.GetValue(offsets),
                IncludeDefinitions = parse.GetValue(definitions),
            };
            using var input = TextInput.Open(context, parse.GetValue(file)!, parse.GetValue(encoding)!, "annotate");
            var exitCode = parse.GetValue(jsonl) ? RunJsonLines(context, glossary, input, options) : Run(context, glossary, input, options);
            input.WarnIfInvalid(context.Stderr);
            return exitCode;
        }));
        return command;
    }

    private static int Run(CliContext context, Glossary glossary, TextInput input, AnnotationOptions options)
    {
        glossary.Annotate(input.Reader, context.Stdout, options);
        return ExitCodes.Success;
    }

    /// <summary>
    /// One output line per input line, in order, for a data engine's pipe (Spark's RDD.pipe, Hadoop Streaming, GNU
    /// parallel): the id is copied as given, whatever JSON it is, and the matches are those <c>--format json</c> writes.
    /// </summary>
    private static int RunJsonLines(CliContext context, Glossary glossary, TextInput input, AnnotationOptions options)
    {
        using var output = JsonOutput.Lines(context.Stdout);
        var matches = new StringWriter();
        var number = 0;
        while (input.Reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = ParseLine(line, number);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                throw new CliException($"annotate --jsonl: line {number}: expected an object with a string \"text\", like {{\"id\": 1, \"text\": \"…\"}}.");
            }

            matches.GetStringBuilder().Clear();
            glossary.Annotate(text.GetString()!, matches, options);

            // The annotator's line breaks sit between values only (a string never holds a raw one), so removing them
            // keeps the JSON and puts each answer on one line.
            var array = matches.ToString().Replace("\n", string.Empty, System.StringComparison.Ordinal);
            output.WriteLine(writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("id");
                if (root.TryGetProperty("id", out var id))
                {
                    id.WriteTo(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WritePropertyName("matches");
                writer.WriteRawValue(array, skipInputValidation: true);
                writer.WriteEndObject();
            });
        }

        return ExitCodes.Success;
    }

    private static JsonDocument ParseLine(string line, int number)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new CliException($"annotate --jsonl: line {number} is not JSON: {exception.Message}");
        }
    }
}
