using System;
using System.IO;

namespace Huli.Glossary.Tests.Support;

/// <summary>A reader that hands out at most a few characters per call, as pipes and sockets do.</summary>
internal sealed class TrickleReader(string text, int chunk) : TextReader
{
    private int position;

    public override int Read(char[] buffer, int index, int count)
    {
        // As every TextReader of the runtime does: a caller that asks for more than its buffer holds is refused.
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - index);
        var n = Math.Min(Math.Min(count, chunk), text.Length - position);
        text.CopyTo(position, buffer, index, n);
        position += n;
        return n;
    }

    public override int Peek() => position < text.Length ? text[position] : -1;

    public override int Read() => position < text.Length ? text[position++] : -1;
}
