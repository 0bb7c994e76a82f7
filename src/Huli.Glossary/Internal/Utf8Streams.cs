using System.IO;
using System.Text;

namespace Huli.Glossary.Internal;

/// <summary>
/// Text over the caller's byte streams for the asynchronous overloads: UTF-8 both ways, the stream left open (it is the
/// caller's), small fixed buffers.
/// </summary>
internal static class Utf8Streams
{
    private const int BufferBytes = 16 * 1024;

    // Throws on nothing: an invalid byte becomes U+FFFD, as it would in any StreamReader a user opens.
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A reader of UTF-8 text; a byte order mark at the start is skipped, not read as U+FEFF. Each ill-formed
    /// sequence reads as U+FFFD, and is counted by <paramref name="invalid"/> when one is given.</summary>
    public static StreamReader Reader(Stream utf8, CountingReplacementFallback? invalid = null)
    {
        var encoding = Encoding.UTF8;
        if (invalid is not null)
        {
            encoding = (Encoding)encoding.Clone();
            encoding.DecoderFallback = invalid;
        }

        return new(utf8, encoding, detectEncodingFromByteOrderMarks: false, BufferBytes, leaveOpen: true);
    }

    /// <summary>
    /// A writer of UTF-8 without a byte order mark. The caller flushes it asynchronously and does not dispose it:
    /// Dispose would flush the stream synchronously, which a web response refuses, and there is nothing else to release.
    /// </summary>
    public static StreamWriter Writer(Stream utf8) => new(utf8, Utf8NoBom, BufferBytes, leaveOpen: true);
}
