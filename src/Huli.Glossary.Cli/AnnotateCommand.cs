using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary annotate [FILE|-] [--input text|html|markdown] [--format text|html|markdown|json] [--scope …]
/// [--first-only] [--headings] [--link-text] [--offsets utf16|codepoints|utf8] [--standalone] [--title TEXT] [--assets] [--entry-link URL]</c>:
/// the input with its jargon explained.
/// Text streams in constant memory; an HTML or Markdown document is read whole, since its parser needs all of it.
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
        var input = new Option<string?>("--input")
        {
            Description = "What the input is: text, html or markdown. By default the file's extension says (.html .htm .xhtml, .md .markdown); standard input is text.",
        };
        input.AcceptOnlyFromAmong("text", "html", "markdown");
        var format = new Option<string?>("--format")
        {
            Description = "text (definitions in parentheses), html (terms linked to notes, popovers with the asset), markdown (footnotes) or json (the matches). By default the kind of the input; an HTML or Markdown document can also be written as json.",
        };
        format.AcceptOnlyFromAmong("text", "html", "markdown", "json");
        var scope = new Option<string>("--scope")
        {
            Description = "Which occurrences to annotate: every (default), first-in-document, first-in-section or first-in-block.",
            DefaultValueFactory = _ => "every",
        };
        scope.AcceptOnlyFromAmong("every", "first-in-document", "first-in-section", "first-in-block");
        var firstOnly = new Option<bool>("--first-only") { Description = "The same as --scope first-in-document." };
        var headings = new Option<bool>("--headings") { Description = "In HTML and Markdown, annotate headings too." };
        var linkText = new Option<bool>("--link-text") { Description = "In Markdown, annotate link text too (the note follows the link)." };
        var offsets = new Option<string>("--offsets")
        {
            Description = "The unit of JSON offsets: utf16 (default), codepoints or utf8.",
            DefaultValueFactory = _ => "utf16",
        };
        offsets.AcceptOnlyFromAmong("utf16", "codepoints", "utf8");
        var standalone = new Option<bool>("--standalone")
        {
            Description = "With --format html on text: a complete page (lang zh-CN, viewport, title, the popover CSS and JavaScript inline).",
        };
        var assets = new Option<bool>("--assets")
        {
            Description = "With an HTML document: put the popover CSS and JavaScript into its <head>, once (at its start, after the doctype, when it writes no head).",
        };
        var title = new Option<string?>("--title") { Description = "With --standalone: the page's title and heading (default: 名词解释)." };
        var entryLink = new Option<string?>("--entry-link")
        {
            Description = "With --format html: where you publish the glossary, {number} standing for an entry's number (e.g. /glossary.html#entry-{number}); no link unless given, the notes hold every definition.",
        };

        var command = new Command("annotate", "Explain the jargon inside a text, an HTML page or a Markdown file.")
        {
            file, input, format, scope, firstOnly, headings, linkText, offsets, standalone, title, assets, entryLink,
        };
        command.SetAction(parse => context.Execute(parse, glossary =>
        {
            var path = parse.GetValue(file)!;
            var kind = parse.GetValue(input) ?? KindOf(path);
            if (kind == "html" && parse.GetValue(standalone))
            {
                throw new CliException($"annotate: {DisplayName(path)} is an HTML document, already a page; --standalone makes a page of text. Use --assets to put the popover CSS and JavaScript into its <head>.");
            }

            if (kind != "html" && parse.GetValue(assets))
            {
                throw new CliException("annotate: --assets puts the popover assets into an HTML document's <head> (--input html says standard input is one); for text, --format html --standalone writes a page with them.");
            }

            if (parse.GetValue(assets) && parse.GetValue(format) is { } written && written != "html")
            {
                throw new CliException($"annotate: --assets needs the document written as html, not {written}.");
            }

            var options = new AnnotationOptions
            {
                Format = (parse.GetValue(format) ?? kind) switch
                {
                    "html" => AnnotationFormat.Html,
                    "markdown" => AnnotationFormat.Markdown,
                    "json" => AnnotationFormat.Json,
                    _ => AnnotationFormat.Text,
                },
                Html = HtmlOptions(
                    (parse.GetValue(format) ?? kind) == "html",
                    parse.GetValue(standalone),
                    parse.GetValue(title),
                    parse.GetValue(entryLink)),
                Scope = parse.GetValue(firstOnly) ? AnnotationScope.FirstInDocument : parse.GetValue(scope) switch
                {
                    "first-in-document" => AnnotationScope.FirstInDocument,
                    "first-in-section" => AnnotationScope.FirstInSection,
                    "first-in-block" => AnnotationScope.FirstInBlock,
                    _ => AnnotationScope.Every,
                },
                Offsets = parse.GetValue(offsets) switch
                {
                    "codepoints" => OffsetUnit.CodePoints,
                    "utf8" => OffsetUnit.Utf8,
                    _ => OffsetUnit.Utf16,
                },
            };
            return kind == "text"
                ? Run(context, glossary, path, options)
                : RunMarkup(context, glossary, path, kind, options, new MarkupFlags(parse.GetValue(headings), parse.GetValue(linkText), parse.GetValue(assets)));
        }));
        return command;
    }

    private static HtmlOutputOptions HtmlOptions(bool html, bool standalone, string? title, string? entryLink)
    {
        // An HTML option given with another format would be silently ignored; the user meant something.
        foreach (var (given, name) in new[] { (standalone, "--standalone"), (entryLink is not null, "--entry-link") })
        {
            if (given && !html)
            {
                throw new CliException($"annotate: {name} needs --format html.");
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

    /// <summary>The kind of document a file name promises: html, markdown, or text for anything else (and standard input).</summary>
    private static string KindOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" or ".XHTML" => "html",
        ".MD" or ".MARKDOWN" => "markdown",
        _ => "text",
    };

    private static int RunMarkup(CliContext context, Glossary glossary, string path, string kind, AnnotationOptions options, MarkupFlags flags)
    {
        var expected = kind == "html" ? AnnotationFormat.Html : AnnotationFormat.Markdown;
        if (options.Format != expected && options.Format != AnnotationFormat.Json)
        {
            throw new CliException($"annotate: {DisplayName(path)} is {(kind == "html" ? "an HTML" : "a Markdown")} document; it can be written as {kind} or json, not {options.Format.ToString().ToLowerInvariant()} (--input text reads it as plain text).");
        }

        var invalid = new CountingReplacementFallback();
        string document;
        using (var input = OpenInput(context, path))
        using (var reader = new StreamReader(input, Utf8With(invalid), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
        {
            document = reader.ReadToEnd();
        }

        var htmlOptions = new HtmlAnnotationOptions { Scope = options.Scope, AnnotateHeadings = flags.Headings, Output = options.Html, InsertAssets = flags.Assets };
        var markdownOptions = new MarkdownAnnotationOptions { Scope = options.Scope, AnnotateHeadings = flags.Headings, AnnotateLinkText = flags.LinkText };
        try
        {
            if (options.Format == AnnotationFormat.Json)
            {
                var matches = kind == "html" ? glossary.ScanHtml(document, htmlOptions) : glossary.ScanMarkdown(document, markdownOptions);
                MarkupJson.Write(context.Stdout, document, matches, options.Offsets);
            }
            else if (kind == "html")
            {
                glossary.AnnotateHtml(document, context.Stdout, htmlOptions);
            }
            else
            {
                glossary.AnnotateMarkdown(document, context.Stdout, markdownOptions);
            }
        }
        catch (MarkdownNestingException exception)
        {
            throw new CliException($"annotate: {DisplayName(path)}: {exception.Message}");
        }

        WarnInvalid(context, path, invalid);
        return ExitCodes.Success;
    }

    /// <summary>The switches only a document (HTML or Markdown) reads.</summary>
    private sealed record MarkupFlags(bool Headings, bool LinkText, bool Assets);

    private static Encoding Utf8With(DecoderFallback fallback)
    {
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = fallback;
        return encoding;
    }

    private static void WarnInvalid(CliContext context, string path, CountingReplacementFallback invalid)
    {
        if (invalid.Count > 0)
        {
            context.Stderr.WriteLine($"huli-glossary: warning: {DisplayName(path)} is not valid UTF-8; {invalid.Count} invalid byte sequence(s) became U+FFFD.");
        }
    }

    private static int Run(CliContext context, Glossary glossary, string path, AnnotationOptions options)
    {
        var invalid = new CountingReplacementFallback();
        using (var input = OpenInput(context, path))
        using (var reader = new StreamReader(input, Utf8With(invalid), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
        {
            glossary.Annotate(reader, context.Stdout, options);
        }

        WarnInvalid(context, path, invalid);
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
