using System.IO;
using Huli.Glossary.Internal;
using Huli.Glossary.Matching;
using Huli.Glossary.Rendering;

namespace Huli.Glossary;

/// <content>Writing text back with its terms explained.</content>
public sealed partial class Glossary
{
    // UTF-8 written without a byte order mark (Encoding.UTF8, which a StreamReader given it skips at the start, writes one).
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="output"/> with every term the glossary explains marked up.</summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="output">Where to write; not null. Flushed, not disposed.</param>
    /// <param name="options">The format and which occurrences to mark; not null (<see cref="AnnotationOptions.Default"/> for plain text).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format, scope or offset unit that is not defined.</exception>
    /// <remarks>Terms are found as by <see cref="Scan(string, GlossaryScanOptions)"/> with <see cref="AnnotationOptions.Scan"/>. Text without terms is copied as it is (encoded for
    /// HTML, escaped for Markdown); JSON output lists only the matches.</remarks>
    /// <example><c>glossary.Annotate("落实“四个一”机制", Console.Out, new() { Format = AnnotationFormat.Html })</c></example>
    public void Annotate(string text, TextWriter output, AnnotationOptions options)
    {
        Guard.NotNull(text);
        Guard.NotNull(output);
        Annotator.Create(output, Checked(options)).Run(new ScanReader(Automaton, text, options.Scan));
    }

    /// <summary>The text with every term the glossary explains marked up, as a string.</summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="options">The format and which occurrences to mark; null for <see cref="AnnotationOptions.Default"/> (plain text).</param>
    /// <returns>The annotated text; empty for empty text (for JSON, the document of no matches).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format, scope or offset unit that is not defined.</exception>
    /// <remarks>For long texts or streams, write to a <see cref="TextWriter"/> with the other overloads instead of building a string.</remarks>
    /// <example><c>Glossary.Default.Annotate("推行“六统一”", new() { Format = AnnotationFormat.Markdown })</c></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The one-string form is the common call; its options stay optional though the writer overloads take more parameters.")]
    public string Annotate(string text, AnnotationOptions? options = null)
    {
        Guard.NotNull(text);
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Annotate(text, output, options ?? AnnotationOptions.Default);
        return output.ToString();
    }

    /// <summary>Reads text from <paramref name="input"/> and writes it to <paramref name="output"/> with every term marked up, in constant memory.</summary>
    /// <param name="input">The text; not null. Read to its end, not disposed.</param>
    /// <param name="output">Where to write; not null. Flushed, not disposed.</param>
    /// <param name="options">The format and which occurrences to mark; not null (<see cref="AnnotationOptions.Default"/> for plain text).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format, scope or offset unit that is not defined.</exception>
    /// <exception cref="System.OverflowException">A match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <remarks>See <see cref="Annotate(string, TextWriter, AnnotationOptions)"/>; a term split across two reads is found.</remarks>
    /// <example><c>glossary.Annotate(Console.In, Console.Out, new() { Format = AnnotationFormat.Json })</c></example>
    public void Annotate(TextReader input, TextWriter output, AnnotationOptions options)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        Annotator.Create(output, Checked(options)).Run(new ScanReader(Automaton, input, options.Scan));
    }

    /// <summary>Reads UTF-8 text from <paramref name="input"/> and writes it to <paramref name="output"/> as UTF-8 with every term marked up, in constant memory.</summary>
    /// <param name="input">The text as UTF-8 bytes; not null. Read to its end, not disposed; a UTF-8 byte order mark at its start is dropped.</param>
    /// <param name="output">Where to write UTF-8 (without a byte order mark); not null. Flushed, not disposed.</param>
    /// <param name="options">The format and which occurrences to mark; not null (<see cref="AnnotationOptions.Default"/> for plain text).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format, scope or offset unit that is not defined.</exception>
    /// <remarks>
    /// The output is what <see cref="Annotate(TextReader, TextWriter, AnnotationOptions)"/> writes for the decoded text; an
    /// ill-formed byte sequence reads as U+FFFD, as a decoder reads it. JSON is made from the bytes without decoding them
    /// (<see cref="Scan(System.ReadOnlySpan{byte})"/>), which is the fastest way to annotate a file; its
    /// <see cref="OffsetUnit.Utf8"/> offsets are the input's own bytes, ill-formed ones included.
    /// </remarks>
    /// <example><c>glossary.Annotate(File.OpenRead("report.txt"), Console.OpenStandardOutput(), new() { Format = AnnotationFormat.Json })</c></example>
    public void Annotate(Stream input, Stream output, AnnotationOptions options)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        if (Checked(options).Format == AnnotationFormat.Json)
        {
            new Utf8JsonAnnotator(Automaton, input, output, options).Run();
            return;
        }

        // Markup copies the text between terms, and its writers take text: decoded here, encoded again on the way out.
        using var reader = new StreamReader(input, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        using var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Annotate(reader, writer, options);
    }

    private static AnnotationOptions Checked(AnnotationOptions? options)
    {
        Guard.NotNull(options);
        if (options.Format is < AnnotationFormat.Text or > AnnotationFormat.Json)
        {
            throw new System.ArgumentOutOfRangeException(nameof(options), options.Format, "Not a defined AnnotationFormat.");
        }

        if (options.Scope is < AnnotationScope.Every or > AnnotationScope.FirstInBlock)
        {
            throw new System.ArgumentOutOfRangeException(nameof(options), options.Scope, "Not a defined AnnotationScope.");
        }

        if (options.Offsets is < OffsetUnit.Utf16 or > OffsetUnit.Utf8)
        {
            throw new System.ArgumentOutOfRangeException(nameof(options), options.Offsets, "Not a defined OffsetUnit.");
        }

        return options;
    }
}
