using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using Huli.Glossary.Rendering;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary annotate [FILE|-] [--input text|html|markdown] [--format text|html|markdown|json] [--scope …]
/// [--first-only] [--headings] [--link-text] [--offsets utf16|codepoints|utf8] [--policy precise|lenient] [--min-confidence N] [--about-place]
/// [--definitions] [--encoding NAME] [--jsonl] [--max-document N] [--threads N]
/// [--standalone] [--title TEXT] [--assets] [--entry-link URL]</c>: the input with its jargon explained.
/// Text streams in constant memory; an HTML or Markdown document is read whole, since its parser needs all of it,
/// up to <see cref="DefaultMaxDocument"/> million characters unless <c>--max-document</c> says otherwise.
/// </summary>
internal static class AnnotateCommand
{
    /// <summary>
    /// How long an HTML or Markdown document may be, in millions of UTF-16 characters (a Chinese character is one, as
    /// is an ASCII one). At this size a page takes about 0.3 GB while annotated and a Markdown file, whose syntax tree
    /// Markdig builds whole, about 0.5 GB.
    /// </summary>
    public const int DefaultMaxDocument = 64;

    private enum DocumentKind
    {
        Text,
        Html,
        Markdown,
    }

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The text to annotate; - or nothing for standard input.",
            DefaultValueFactory = _ => "-",
        };

        // No default: by default the input's kind decides, and an option given is told from one left out.
        var input = CliSyntax.Choice<DocumentKind?>(
            "--input",
            "What the input is: text, html or markdown. By default the file's extension says (.html .htm .xhtml, .md .markdown); standard input is text.",
            null,
            ("text", DocumentKind.Text),
            ("html", DocumentKind.Html),
            ("markdown", DocumentKind.Markdown));
        var format = CliSyntax.Choice<AnnotationFormat?>(
            "--format",
            "text (definitions in parentheses), html (terms linked to notes, popovers with the asset), markdown (footnotes) or json (the matches). By default the kind of the input; an HTML or Markdown document can also be written as json.",
            null,
            ("text", AnnotationFormat.Text),
            ("html", AnnotationFormat.Html),
            ("markdown", AnnotationFormat.Markdown),
            ("json", AnnotationFormat.Json));
        var scope = CliSyntax.Choice(
            "--scope",
            "Which occurrences to annotate: every (default), first-in-document, first-in-section or first-in-block.",
            AnnotationScope.Every,
            ("every", AnnotationScope.Every),
            ("first-in-document", AnnotationScope.FirstInDocument),
            ("first-in-section", AnnotationScope.FirstInSection),
            ("first-in-block", AnnotationScope.FirstInBlock));
        var firstOnly = new Option<bool>("--first-only") { Description = "The same as --scope first-in-document." };
        var headings = new Option<bool>("--headings") { Description = "With an HTML or Markdown document: annotate headings too." };
        var linkText = new Option<bool>("--link-text") { Description = "With a Markdown document: annotate link text too (the note follows the link)." };
        var offsets = CliSyntax.Choice(
            "--offsets",
            "The unit of JSON offsets: utf16 (default), codepoints or utf8.",
            OffsetUnit.Utf16,
            ("utf16", OffsetUnit.Utf16),
            ("codepoints", OffsetUnit.CodePoints),
            ("utf8", OffsetUnit.Utf8));
        var policy = CliSyntax.Choice(
            "--policy",
            "precise (default): only matches with evidence of the glossary's sense; lenient: also generic terms backed by quotation marks alone or by nothing.",
            GlossaryScanOptions.Precise,
            ("precise", GlossaryScanOptions.Precise),
            ("lenient", GlossaryScanOptions.Lenient));
        var minConfidence = new Option<string?>("--min-confidence")
        {
            Description = "The least confidence a match needs, from 0 to 1 (instead of --policy): 0.95 distinctive term, 0.9 context word, 0.85 document context, 0.8 quotes where enough, 0.5 quotes around a generic term, 0.3 a bare generic term.",
        };
        var aboutPlace = new Option<bool>("--about-place")
        {
            Description = "The text is about the glossary's place (Huli District), so generic terms count as if it named the place.",
        };
        var definitions = new Option<bool>("--definitions") { Description = "With json or --jsonl: give each match its entry's definition too." };
        var encoding = TextInput.EncodingOption();
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read JSON Lines {\"id\": …, \"text\": \"…\"} and write a line {\"id\": …, \"matches\": […]} for each, in order; with --input html or markdown, each text is such a document.",
        };
        var maxDocument = new Option<string?>("--max-document")
        {
            Description = $"The longest HTML or Markdown document, or --jsonl record, read, in millions of characters (default {DefaultMaxDocument}): such a document is read whole. Text streams and has no limit.",
        };
        var threads = new Option<string?>("--threads")
        {
            Description = "How many threads may scan a UTF-8 text written as json, from 1 to 64 (default: one per processor). The output is the same with any number.",
        };
        var standalone = new Option<bool>("--standalone")
        {
            Description = "With text written as html: a complete page (lang zh-CN, viewport, title, the popover CSS and JavaScript inline).",
        };
        var assets = new Option<bool>("--assets")
        {
            Description = "With an HTML document written as html: put the popover CSS and JavaScript into its <head>, once (at its start, after the doctype, when it writes no head).",
        };
        var title = new Option<string?>("--title") { Description = "With --standalone: the page's title and heading (default: 名词解释)." };
        var entryLink = new Option<string?>("--entry-link")
        {
            Description = "With text or an HTML document written as html: where you publish the glossary, {number} standing for an entry's number (e.g. /glossary.html#entry-{number}); no link unless given, the notes hold every definition.",
        };

        var command = new Command("annotate", "Explain the jargon inside a text, an HTML page or a Markdown file.")
        {
            file, input, format, scope, firstOnly, headings, linkText, offsets, policy, minConfidence, aboutPlace, definitions, encoding, jsonl, maxDocument, threads, standalone, title, assets, entryLink,
        };
        command.SetAction(parse => context.Execute(parse, glossary =>
        {
            var path = parse.GetValue(file)!;
            var kind = parse.GetValue(input) ?? (parse.GetValue(jsonl) ? DocumentKind.Text : KindOf(path));
            var asked = parse.GetValue(format);
            if (parse.GetValue(jsonl) && asked is not (null or AnnotationFormat.Json))
            {
                throw new CliException("annotate: --jsonl writes JSON; leave out --format or give --format json.");
            }

            var outputFormat = parse.GetValue(jsonl) ? AnnotationFormat.Json : asked ?? FormatOf(kind);
            var markup = new MarkupOptions(parse.GetValue(headings), parse.GetValue(linkText), parse.GetValue(assets), MaxDocument(parse.GetValue(maxDocument)));
            CheckMarkupOptions(kind, outputFormat, path, markup);
            var html = HtmlOptions(kind, outputFormat == AnnotationFormat.Html, path, parse.GetValue(standalone), parse.GetValue(title), parse.GetValue(entryLink));
            var options = new AnnotationOptions
            {
                Format = outputFormat,
                Html = html,
                Scope = parse.GetValue(firstOnly) ? AnnotationScope.FirstInDocument : parse.GetValue(scope),
                Offsets = parse.GetValue(offsets),
                IncludeDefinitions = parse.GetValue(definitions),
                Scan = ScanOptions(parse.GetValue(policy)!, parse.GetValue(minConfidence), parse.GetValue(aboutPlace)),
                MaxDegreeOfParallelism = Threads(parse.GetValue(threads)),
            };
            using var text = TextInput.Open(context, path, parse.GetValue(encoding)!, "annotate");
            var exitCode = parse.GetValue(jsonl)
                ? RunJsonLines(context, glossary, text, kind, options, markup)
                : kind == DocumentKind.Text
                    ? Run(context, glossary, text, options)
                    : RunMarkup(context, glossary, text, path, kind, options, markup);
            text.WarnIfInvalid(context.Stderr);
            return exitCode;
        }));
        return command;
    }

    /// <summary>The bound on a document read whole, in characters.</summary>
    private static int MaxDocument(string? millions)
    {
        if (millions is null)
        {
            return DefaultMaxDocument * 1_000_000;
        }

        // A .NET string holds at most about 1,073 million characters.
        if (!int.TryParse(millions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 1 or > 1000)
        {
            throw new CliException($"annotate: --max-document takes a whole number of millions of characters from 1 to 1000, such as {DefaultMaxDocument}; '{millions}' is not one.");
        }

        return value * 1_000_000;
    }

    private static int Threads(string? threads)
    {
        if (threads is null)
        {
            return -1;
        }

        if (!int.TryParse(threads, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 1 or > 64)
        {
            throw new CliException($"annotate: --threads takes a whole number from 1 to 64, such as {System.Environment.ProcessorCount}; '{threads}' is not one.");
        }

        return value;
    }

    /// <summary>Reads a document whole, refusing it once it is longer than the bound rather than growing without one.</summary>
    private static string ReadDocument(TextReader reader, string path, DocumentKind kind, int limit)
    {
        var document = new System.Text.StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (read > limit - document.Length)
            {
                var name = kind == DocumentKind.Html ? "an HTML" : "a Markdown";
                throw new CliException($"annotate: {DisplayName(path)} is longer than {limit / 1_000_000:N0} million characters, the limit for {name} document, which is read whole; raise it with --max-document N (millions of characters), or read it as text with --input text, which streams.");
            }

            document.Append(buffer, 0, read);
        }

        return document.ToString();
    }

    private static GlossaryScanOptions ScanOptions(GlossaryScanOptions policy, string? minConfidence, bool aboutPlace)
    {
        var least = policy.MinConfidence;
        if (minConfidence is not null
            && (!double.TryParse(minConfidence, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out least) || least is not (>= 0 and <= 1)))
        {
            throw new CliException($"annotate: --min-confidence takes a number from 0 to 1, such as 0.75; '{minConfidence}' is not one.");
        }

        return new GlossaryScanOptions { MinConfidence = least, AboutGlossaryPlace = aboutPlace };
    }

    private static AnnotationFormat FormatOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Html => AnnotationFormat.Html,
        DocumentKind.Markdown => AnnotationFormat.Markdown,
        _ => AnnotationFormat.Text,
    };

    /// <summary>The kind of document a file name promises: html, markdown, or text for anything else (and standard input).</summary>
    private static DocumentKind KindOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" or ".XHTML" => DocumentKind.Html,
        ".MD" or ".MARKDOWN" => DocumentKind.Markdown,
        _ => DocumentKind.Text,
    };

    private static string DisplayName(string path) => path == "-" ? "standard input" : path;

    // An option that does nothing for this input would be silently ignored; the user meant something. The rules, as
    // the help says them: --headings for HTML and Markdown documents, --link-text for Markdown, --assets for an HTML
    // document written as html.
    private static void CheckMarkupOptions(DocumentKind kind, AnnotationFormat format, string path, MarkupOptions markup)
    {
        if (markup.Headings && kind == DocumentKind.Text)
        {
            throw new CliException("annotate: --headings needs an HTML or Markdown document (--input html or markdown); plain text has no headings.");
        }

        if (markup.LinkText && kind != DocumentKind.Markdown)
        {
            throw new CliException("annotate: --link-text needs a Markdown document (--input markdown).");
        }

        if (markup.Assets && kind != DocumentKind.Html)
        {
            throw new CliException($"annotate: --assets puts the popover assets into an HTML document's <head>, and {DisplayName(path)} is read as {(kind == DocumentKind.Text ? "text" : "Markdown")} (--input html says it is one); for text, --format html --standalone writes a page with them.");
        }

        if (markup.Assets && format != AnnotationFormat.Html)
        {
            throw new CliException($"annotate: --assets needs the document written as html, not {format.ToString().ToLowerInvariant()}.");
        }
    }

    // --standalone and --title make a page of text; --entry-link links the notes of text or of an HTML document
    // written as html (a Markdown document's notes are footnotes).
    private static HtmlOutputOptions HtmlOptions(DocumentKind kind, bool html, string path, bool standalone, string? title, string? entryLink)
    {
        if (standalone && kind == DocumentKind.Html)
        {
            throw new CliException($"annotate: {DisplayName(path)} is an HTML document, already a page; --standalone makes a page of text. Use --assets to put the popover CSS and JavaScript into its <head>.");
        }

        foreach (var (given, name) in new[] { (standalone, "--standalone"), (entryLink is not null, "--entry-link") })
        {
            if (given && !html)
            {
                throw new CliException($"annotate: {name} needs --format html.");
            }

            if (given && kind == DocumentKind.Markdown)
            {
                var applies = name == "--standalone" ? "text written as html" : "text or an HTML document written as html";
                throw new CliException($"annotate: {name} applies to {applies}; a Markdown document keeps its notes as footnotes.");
            }
        }

        if (title is not null && !standalone)
        {
            throw new CliException("annotate: --title needs --standalone (a fragment has no title).");
        }

        return new HtmlOutputOptions
        {
            Standalone = standalone,
            Title = title ?? HtmlOutputOptions.Default.Title,
            EntryLink = entryLink,
        };
    }

    private static int Run(CliContext context, Glossary glossary, TextInput input, AnnotationOptions options)
    {
        // JSON of UTF-8 text is made from the bytes, never decoded; markup copies text, and other encodings need decoding.
        if (options.Format == AnnotationFormat.Json && input.Utf8Bytes() is { } bytes)
        {
            input.CountInvalid(glossary.Annotate(bytes, context.StdoutBytes(), options).IllFormedSequences);
        }
        else
        {
            glossary.Annotate(input.Reader, context.Stdout, options);
        }

        return ExitCodes.Success;
    }

    private static int RunMarkup(CliContext context, Glossary glossary, TextInput input, string path, DocumentKind kind, AnnotationOptions options, MarkupOptions markup)
    {
        if (options.Format != FormatOf(kind) && options.Format != AnnotationFormat.Json)
        {
            var (article, name) = kind == DocumentKind.Html ? ("an HTML", "html") : ("a Markdown", "markdown");
            throw new CliException($"annotate: {DisplayName(path)} is {article} document; it can be written as {name} or json, not {options.Format.ToString().ToLowerInvariant()} (--input text reads it as plain text).");
        }

        var document = ReadDocument(input.Reader, path, kind, markup.MaxDocument);
        try
        {
            if (options.Format == AnnotationFormat.Json)
            {
                var stdout = context.StdoutBytes();
                stdout.Write(MatchJson.Of(document, Scan(glossary, document, kind, options, markup), options).Written);
                stdout.WriteByte((byte)'\n');
            }
            else if (kind == DocumentKind.Html)
            {
                glossary.AnnotateHtml(document, context.Stdout, markup.ForHtml(options));
            }
            else
            {
                glossary.AnnotateMarkdown(document, context.Stdout, markup.ForMarkdown(options));
            }
        }
        catch (MarkdownNestingException exception)
        {
            throw new CliException($"annotate: {DisplayName(path)}: {exception.Message}");
        }

        return ExitCodes.Success;
    }

    private static IReadOnlyList<GlossaryMatch> Scan(Glossary glossary, string document, DocumentKind kind, AnnotationOptions options, MarkupOptions markup) =>
        kind == DocumentKind.Html
            ? glossary.ScanHtml(document, markup.ForHtml(options))
            : glossary.ScanMarkdown(document, markup.ForMarkdown(options));

    /// <summary>
    /// One output line per input line, in order, for a data engine's pipe (Spark's RDD.pipe, Hadoop Streaming, GNU
    /// parallel): the id is copied as given, whatever JSON it is, and the matches are those <c>--format json</c> writes.
    /// </summary>
    private static int RunJsonLines(CliContext context, Glossary glossary, TextInput input, DocumentKind kind, AnnotationOptions options, MarkupOptions markup)
    {
        using var output = JsonOutput.Lines(context);
        var matches = new StringWriter();
        var lines = new LineReader(input.Reader);
        while (lines.ReadLine(markup.MaxDocument, TooLong) is { } line)
        {
            var number = lines.Number;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var record = ParseLine(line, number);
            var root = record.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                throw new CliException($"annotate --jsonl: line {number}: expected an object with a string \"text\", like {{\"id\": 1, \"text\": \"…\"}}.");
            }

            var text = textElement.GetString()!;
            string? array = null;
            if (kind == DocumentKind.Text)
            {
                matches.GetStringBuilder().Clear();
                glossary.Annotate(text, matches, options);

                // The annotator's line breaks sit between values only (a string never holds a raw one), so removing them
                // keeps the JSON and puts each answer on one line.
                array = matches.ToString().Replace("\n", string.Empty, System.StringComparison.Ordinal);
            }

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
                if (array is null)
                {
                    writer.WriteRawValue(MatchJson.Of(text, Scan(glossary, text, kind, options, markup), options, oneLine: true).Written, skipInputValidation: true);
                }
                else
                {
                    writer.WriteRawValue(array, skipInputValidation: true);
                }

                writer.WriteEndObject();
            });
        }

        return ExitCodes.Success;

        string TooLong(int number) =>
            $"annotate --jsonl: line {number} is longer than {markup.MaxDocument / 1_000_000:N0} million characters, the limit for one record; raise it with --max-document N (millions of characters).";
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

    /// <summary>What the HTML and Markdown annotators take beyond the scope, and how long a document they read.</summary>
    private readonly record struct MarkupOptions(bool Headings, bool LinkText, bool Assets, int MaxDocument)
    {
        public HtmlAnnotationOptions ForHtml(AnnotationOptions options) =>
            new() { Scope = options.Scope, Scan = options.Scan, AnnotateHeadings = Headings, Output = options.Html, InsertAssets = Assets };

        public MarkdownAnnotationOptions ForMarkdown(AnnotationOptions options) =>
            new() { Scope = options.Scope, Scan = options.Scan, AnnotateHeadings = Headings, AnnotateLinkText = LinkText };
    }
}
