using System;
using System.IO;
using Huli.Glossary.Data.Export;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// Writes a glossary in the formats terminology tools, spreadsheets and documentation read. Thread-safe: it holds
/// no state, and a <see cref="Glossary"/> is immutable.
/// </summary>
/// <remarks>
/// It writes bytes, not text, because each format fixes its own encoding: UTF-8 everywhere, a byte order mark for
/// CSV only, and an XML declaration that must name the encoding actually used. A <see cref="TextWriter"/> would
/// bring its own (a <see cref="StringWriter"/> says UTF-16; a StreamWriter may add a second byte order mark).
/// </remarks>
/// <example><c>using var file = File.Create("huli.tbx"); GlossaryExport.Write(Glossary.Default, GlossaryExportFormat.Tbx, file);</c></example>
public static class GlossaryExport
{
    /// <summary>Writes <paramref name="glossary"/> to <paramref name="output"/> in <paramref name="format"/>, encoded as UTF-8.</summary>
    /// <param name="glossary">The glossary; not null. An empty one gives a document with no entries (a CSV header row only).</param>
    /// <param name="format">The format; see each value of <see cref="GlossaryExportFormat"/> for what it holds.</param>
    /// <param name="output">Where to write; not null, writable. Written as the entries go, flushed at the end and left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="glossary"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written to; or, for TBX, a text holds a
    /// character XML 1.0 cannot carry (a control character such as U+0001), which is only possible in a glossary of your own.</exception>
    /// <exception cref="IOException">Writing to <paramref name="output"/> failed.</exception>
    /// <remarks>The JSON of the default glossary is glossary.json byte for byte, so it loads back with <see cref="Glossary.Load"/>.</remarks>
    /// <example><c>GlossaryExport.Write(Glossary.Default, GlossaryExportFormat.Csv, Console.OpenStandardOutput())</c></example>
    public static void Write(Glossary glossary, GlossaryExportFormat format, Stream output)
    {
        Guard.NotNull(glossary);
        Guard.NotNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written to.", nameof(output));
        }

        switch (format)
        {
            case GlossaryExportFormat.Json:
                JsonExport.Write(glossary, output);
                break;
            case GlossaryExportFormat.Csv:
                CsvExport.Write(glossary, output);
                break;
            case GlossaryExportFormat.Markdown:
                MarkdownExport.Write(glossary, output);
                break;
            case GlossaryExportFormat.Tbx:
                TbxExport.Write(glossary, output, TbxExport.Version3);
                break;
            case GlossaryExportFormat.Tbx2:
                TbxExport.Write(glossary, output, TbxExport.Version2);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a format GlossaryExport writes.");
        }
    }
}
