using System.IO;
using System.Text;

namespace Huli.Glossary.Data.Export;

/// <summary>What the text formats share: how they open the caller's stream.</summary>
internal static class ExportText
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A UTF-8 writer that never adds a byte order mark on its own (a format that wants one writes it) and leaves the stream open.</summary>
    public static StreamWriter Open(Stream output, string newLine) =>
        new(output, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = newLine };
}
