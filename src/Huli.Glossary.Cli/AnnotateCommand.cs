using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary annotate [FILE|-] [--format text|html|markdown|json] [--first-only] [--offsets utf16|codepoints|utf8]
/// [--policy precise|lenient] [--min-confidence N] [--about-place]</c>: the input with its jargon explained, streamed in constant memory.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The UTF-8 text to annotate; - or nothing for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var format = new Option<string>("--format")
        {
            Description = "text (definitions in parentheses), html (<abbr title>), markdown (footnotes) or json (the matches).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "html", "markdown", "json");
        var firstOnly = new Option<bool>("--first-only") { Description = "Annotate only the first occurrence of each entry." };
        var offsets = new Option<string>("--offsets")
        {
            Description = "The unit of JSON offsets: utf16 (default), codepoints or utf8.",
            DefaultValueFactory = _ => "utf16",
        };
        offsets.AcceptOnlyFromAmong("utf16", "codepoints", "utf8");
        var policy = new Option<string>("--policy")
        {
            Description = "precise (default): only matches with evidence of the glossary's sense; lenient: also generic terms backed by quotation marks alone or by nothing.",
            DefaultValueFactory = _ => "precise",
        };
        policy.AcceptOnlyFromAmong("precise", "lenient");
        var minConfidence = new Option<string?>("--min-confidence")
        {
            Description = "The least confidence a match needs, from 0 to 1 (instead of --policy): 0.95 distinctive term, 0.9 context word, 0.85 document context, 0.8 quotes where enough, 0.5 quotes around a generic term, 0.3 a bare generic term.",
        };
        var aboutPlace = new Option<bool>("--about-place")
        {
            Description = "The text is about the glossary's place (Huli District), so generic terms count as if it named the place.",
        };

        var command = new Command("annotate", "Explain the jargon inside a text.") { file, format, firstOnly, offsets, policy, minConfidence, aboutPlace };
        command.SetAction(parse => context.Execute(parse, glossary => Run(
            context,
            glossary,
            parse.GetValue(file)!,
            new AnnotationOptions
            {
                Format = parse.GetValue(format) switch
                {
                    "html" => AnnotationFormat.Html,
                    "markdown" => AnnotationFormat.Markdown,
                    "json" => AnnotationFormat.Json,
                    _ => AnnotationFormat.Text,
                },
                FirstOccurrenceOnly = parse.GetValue(firstOnly),
                Offsets = parse.GetValue(offsets) switch
                {
                    "codepoints" => OffsetUnit.CodePoints,
                    "utf8" => OffsetUnit.Utf8,
                    _ => OffsetUnit.Utf16,
                },
                Scan = ScanOptions(parse.GetValue(policy), parse.GetValue(minConfidence), parse.GetValue(aboutPlace)),
            })));
        return command;
    }

    private static GlossaryScanOptions ScanOptions(string? policy, string? minConfidence, bool aboutPlace)
    {
        var least = (policy == "lenient" ? GlossaryScanOptions.Lenient : GlossaryScanOptions.Precise).MinConfidence;
        if (minConfidence is not null
            && (!double.TryParse(minConfidence, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out least) || least is not (>= 0 and <= 1)))
        {
            throw new CliException($"annotate: --min-confidence takes a number from 0 to 1, such as 0.75; '{minConfidence}' is not one.");
        }

        return new GlossaryScanOptions { MinConfidence = least, AboutGlossaryPlace = aboutPlace };
    }

    private static int Run(CliContext context, Glossary glossary, string path, AnnotationOptions options)
    {
        var invalid = new CountingReplacementFallback();
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = invalid;
        using (var input = OpenInput(context, path))
        using (var reader = new StreamReader(input, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
        {
            glossary.Annotate(reader, context.Stdout, options);
        }

        if (invalid.Count > 0)
        {
            context.Stderr.WriteLine($"huli-glossary: warning: {DisplayName(path)} is not valid UTF-8; {invalid.Count} invalid byte sequence(s) became U+FFFD.");
        }

        return ExitCodes.Success;
    }

    private static Stream OpenInput(CliContext context, string path)
    {
        if (path == "-")
        {
            return context.Stdin;
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"annotate: '{path}' is a directory, not a text file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"annotate: no such file: {path}");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
    }

    private static string DisplayName(string path) => path == "-" ? "standard input" : path;

    /// <summary>Replaces each invalid UTF-8 sequence with U+FFFD, as the default decoder does, and counts them.</summary>
    private sealed class CountingReplacementFallback : DecoderFallback
    {
        public int Count { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingReplacementFallback owner) : DecoderFallbackBuffer
        {
            private bool pending;

            public override int Remaining => pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!pending)
                {
                    return '\0';
                }

                pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;

            public override void Reset() => pending = false;
        }
    }
}
