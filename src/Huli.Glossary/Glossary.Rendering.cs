using System.IO;
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
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format or an offset unit that is not defined.</exception>
    /// <remarks>Terms are found as by <see cref="Scan(string, GlossaryScanOptions)"/> with <see cref="AnnotationOptions.Scan"/>. Text without terms is copied as it is (encoded for
    /// HTML, escaped for Markdown); JSON output lists only the matches.</remarks>
    /// <example><c>glossary.Annotate("落实“四个一”机制", Console.Out, new() { Format = AnnotationFormat.Html })</c></example>
    public void Annotate(string text, TextWriter output, AnnotationOptions options)
    {
        Guard.NotNull(text);
        Guard.NotNull(output);
        Annotator.Create(output, Checked(options)).Run(new ScanReader(Automaton, text, options.Scan));
    }

    /// <summary>Reads text from <paramref name="input"/> and writes it to <paramref name="output"/> with every term marked up, in constant memory.</summary>
    /// <param name="input">The text; not null. Read to its end, not disposed.</param>
    /// <param name="output">Where to write; not null. Flushed, not disposed.</param>
    /// <param name="options">The format and which occurrences to mark; not null (<see cref="AnnotationOptions.Default"/> for plain text).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="options"/> holds a format or an offset unit that is not defined.</exception>
    /// <exception cref="System.OverflowException">A match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <remarks>See <see cref="Annotate(string, TextWriter, AnnotationOptions)"/>; a term split across two reads is found.</remarks>
    /// <example><c>glossary.Annotate(Console.In, Console.Out, new() { Format = AnnotationFormat.Json })</c></example>
    public void Annotate(TextReader input, TextWriter output, AnnotationOptions options)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        Annotator.Create(output, Checked(options)).Run(new ScanReader(Automaton, input, options.Scan));
    }

    private static AnnotationOptions Checked(AnnotationOptions? options)
    {
        Guard.NotNull(options);
        if (options.Format is < AnnotationFormat.Text or > AnnotationFormat.Json)
        {
            throw new System.ArgumentOutOfRangeException(nameof(options), options.Format, "Not a defined AnnotationFormat.");
        }

        if (options.Offsets is < OffsetUnit.Utf16 or > OffsetUnit.Utf8)
        {
            throw new System.ArgumentOutOfRangeException(nameof(options), options.Offsets, "Not a defined OffsetUnit.");
        }

        return options;
    }
}
