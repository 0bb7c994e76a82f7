using System;
using System.IO;

namespace Huli.Glossary.Tests.Support;

/// <summary>A text of any length, <paramref name="pattern"/> repeated, made as it is read so no test holds it in memory.</summary>
internal sealed class GeneratedReader(string pattern, long length) : TextReader
{
    private long position;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = (int)Math.Min(count, length - position);
        for (var i = 0; i < n; i++)
        {
            buffer[index + i] = pattern[(int)((position + i) % pattern.Length)];
        }

        position += n;
        return n;
    }

    public override int Peek() => position < length ? pattern[(int)(position % pattern.Length)] : -1;

    public override int Read() => position < length ? pattern[(int)(position++ % pattern.Length)] : -1;
}

/// <summary>A writer that keeps only how much was written and how often a marker appeared, for outputs too large to keep.</summary>
internal sealed class CountingWriter(char marker) : TextWriter
{
    public long Length { get; private set; }

    public long Markers { get; private set; }

    public override System.Text.Encoding Encoding => System.Text.Encoding.Unicode;

    public override void Write(char value)
    {
        Length++;
        Markers += value == marker ? 1 : 0;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Length += buffer.Length;
        foreach (var c in buffer)
        {
            Markers += c == marker ? 1 : 0;
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());
}
