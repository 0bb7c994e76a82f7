using System;
using System.Buffers;
using System.IO;

namespace Huli.Glossary.Internal;

/// <summary>
/// Writes a span of characters on every target: netstandard2.0's <see cref="TextWriter"/> has no span overload,
/// and a substring or a write per character would cost a copy or a call for each character of a document.
/// </summary>
internal static class TextWriterSpan
{
    public static void WriteSpan(this TextWriter output, ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        output.Write(text);
#else
        if (text.IsEmpty)
        {
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(buffer);
            output.Write(buffer, 0, text.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
#endif
    }
}
