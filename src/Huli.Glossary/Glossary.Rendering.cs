using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Huli.Glossary.Internal;
using Huli.Glossary.Matching;
using Huli.Glossary.Rendering;

namespace Huli.Glossary;

/// <content>Writing text back with its terms explained.</content>
public sealed partial class Glossary
{
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

    /// <summary>
    /// Reads text asynchronously from <paramref name="input"/> and writes it to <paramref name="output"/> with every term
    /// marked up, in constant memory, with no synchronous read or write.
    /// </summary>
    /// <param name="input">The text; not null. Read to its end, not disposed.</param>
    /// <param name="output">Where to write; not null. Written and flushed only through its asynchronous methods, not disposed.</param>
    /// <param name="options">The format and which occurrences to mark; null for <see cref="AnnotationOptions.Default"/> (plain text).</param>
    /// <param name="cancellationToken">Checked before each read of <paramref name="input"/> and passed to each write.</param>
    /// <returns>A task that completes when the whole text is written and <paramref name="output"/> flushed.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format, scope or offset unit that is not defined (at once).</exception>
    /// <exception cref="System.OperationCanceledException">Through the task, once the token is cancelled; what was written so far stays written.</exception>
    /// <exception cref="System.OverflowException">Through the task, when a match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <remarks>Writes what <see cref="Annotate(TextReader, TextWriter, AnnotationOptions)"/> writes, character for character.
    /// Output is gathered up to 16 K characters (or until the input pauses) and then written with
    /// <see cref="TextWriter.WriteAsync(string)"/>, so a <see cref="StreamWriter"/> over an ASP.NET Core response works.</remarks>
    /// <example><c>await glossary.AnnotateAsync(new StreamReader(request.Body), writer, new() { Format = AnnotationFormat.Html }, token)</c></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "One overload per kind of input, each with the optional options and token of .NET's asynchronous methods.")]
    public Task AnnotateAsync(TextReader input, TextWriter output, AnnotationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        var checkedOptions = Checked(options ?? AnnotationOptions.Default);
        return Annotator.RunAsync(new ScanReader(Automaton, input, checkedOptions.Scan), output, checkedOptions, cancellationToken);
    }

    /// <summary>
    /// Reads UTF-8 text asynchronously from <paramref name="input"/> and writes it as UTF-8 to <paramref name="output"/>
    /// with every term marked up, in constant memory, with no synchronous read or write: an HTTP request's body to its response.
    /// </summary>
    /// <param name="input">The text as UTF-8 bytes; not null. Read to its end, left open.</param>
    /// <param name="output">Where to write UTF-8 (no byte order mark); not null. Written and flushed asynchronously, left open.</param>
    /// <param name="options">The format and which occurrences to mark; null for <see cref="AnnotationOptions.Default"/> (plain text).</param>
    /// <param name="cancellationToken">Checked before each read and passed to each write.</param>
    /// <returns>A task that completes when the whole text is written and <paramref name="output"/> flushed, with what the input held
    /// besides the terms: its ill-formed byte sequences.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format, scope or offset unit that is not defined (at once).</exception>
    /// <exception cref="System.OperationCanceledException">Through the task, once the token is cancelled.</exception>
    /// <exception cref="System.OverflowException">Through the task, when a match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <remarks>A byte order mark at the start of <paramref name="input"/> is skipped; an invalid byte reads as U+FFFD.
    /// Otherwise as <see cref="AnnotateAsync(TextReader, TextWriter, AnnotationOptions, CancellationToken)"/>.</remarks>
    /// <example><c>await Glossary.Default.AnnotateAsync(context.Request.Body, context.Response.Body, new() { Format = AnnotationFormat.Json }, context.RequestAborted)</c></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "One overload per kind of input, each with the optional options and token of .NET's asynchronous methods.")]
    public Task<AnnotationSummary> AnnotateAsync(Stream input, Stream output, AnnotationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        var checkedOptions = Checked(options ?? AnnotationOptions.Default);
        return Utf8Async(input, output, checkedOptions, cancellationToken);
    }

    private async Task<AnnotationSummary> Utf8Async(Stream input, Stream output, AnnotationOptions options, CancellationToken cancellationToken)
    {
        var invalid = new CountingReplacementFallback();
        using var reader = Utf8Streams.Reader(input, invalid);
        var writer = Utf8Streams.Writer(output);
        await Annotator.RunAsync(new ScanReader(Automaton, reader, options.Scan), writer, options, cancellationToken).ConfigureAwait(false);
        return new AnnotationSummary(invalid.Count);
    }

    /// <summary>Reads UTF-8 text from <paramref name="input"/> and writes it to <paramref name="output"/> as UTF-8 with every term marked up, in constant memory.</summary>
    /// <param name="input">The text as UTF-8 bytes; not null. Read to its end, not disposed; a UTF-8 byte order mark at its start is dropped.</param>
    /// <param name="output">Where to write UTF-8 (without a byte order mark); not null. Flushed, not disposed.</param>
    /// <param name="options">The format and which occurrences to mark; not null (<see cref="AnnotationOptions.Default"/> for plain text).</param>
    /// <returns>What the input held besides the terms: its ill-formed byte sequences, for a caller that warns of them.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format, scope or offset unit that is not defined.</exception>
    /// <remarks>
    /// The output is what <see cref="Annotate(TextReader, TextWriter, AnnotationOptions)"/> writes for the decoded text; an
    /// ill-formed byte sequence reads as U+FFFD, as a decoder reads it. JSON is made from the bytes as
    /// <see cref="Scan(System.ReadOnlySpan{byte})"/> reads them, a window at a time, which is the fastest way to annotate a file; its
    /// <see cref="OffsetUnit.Utf8"/> offsets are the input's own bytes, ill-formed ones included.
    /// </remarks>
    /// <example><c>glossary.Annotate(File.OpenRead("report.txt"), Console.OpenStandardOutput(), new() { Format = AnnotationFormat.Json })</c></example>
    public AnnotationSummary Annotate(Stream input, Stream output, AnnotationOptions options)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        if (Checked(options).Format == AnnotationFormat.Json)
        {
            using var annotator = new Utf8JsonAnnotator(Automaton, input, output, options);
            return new AnnotationSummary(annotator.Run());
        }

        // Markup copies the text between terms, and its writers take text: decoded here, encoded again on the way out.
        var invalid = new CountingReplacementFallback();
        using (var reader = Utf8Streams.Reader(input, invalid))
        using (var writer = Utf8Streams.Writer(output))
        {
            Annotate(reader, writer, options);
        }

        return new AnnotationSummary(invalid.Count);
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
