using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Huli.Glossary.Tests.Support;

/// <summary>
/// A stream that refuses synchronous reads, writes and flushes, as ASP.NET Core's request and response bodies do, and
/// hands out its bytes in the chunk sizes it is given (cycled), as a network does.
/// </summary>
internal sealed class AsyncOnlyStream(byte[] content, int[] chunks) : Stream
{
    private readonly MemoryStream written = new();
    private int position;
    private int reads;

    public AsyncOnlyStream()
        : this([], [1])
    {
    }

    /// <summary>What was written to the stream.</summary>
    public byte[] Written => written.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw Refused();

    public override void Write(byte[] buffer, int offset, int count) => throw Refused();

    public override void Flush() => throw Refused();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        var n = Math.Min(Math.Min(buffer.Length, chunks[reads++ % chunks.Length]), content.Length - position);
        content.AsSpan(position, n).CopyTo(buffer.Span);
        position += n;
        return n;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        written.Write(buffer.Span);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static InvalidOperationException Refused() =>
        new("Synchronous operations are disallowed. Call ReadAsync, WriteAsync or FlushAsync instead.");
}

/// <summary>
/// A reader that refuses synchronous reads and hands out its text in the chunk sizes it is given (cycled), counting
/// its reads and, when asked, cancelling a token at one of them.
/// </summary>
internal sealed class AsyncOnlyReader(string text, int[] chunks, CancellationTokenSource? cancelAtRead = null, int cancelAt = 0) : TextReader
{
    private int position;

    public int Reads { get; private set; }

    public override int Read(char[] buffer, int index, int count) => throw new InvalidOperationException("Synchronous read.");

    public override int Read() => throw new InvalidOperationException("Synchronous read.");

    public override int Peek() => throw new InvalidOperationException("Synchronous read.");

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        if (++Reads == cancelAt)
        {
            await cancelAtRead!.CancelAsync();
        }

        var n = Math.Min(Math.Min(buffer.Length, chunks[(Reads - 1) % chunks.Length]), text.Length - position);
        text.AsSpan(position, n).CopyTo(buffer.Span);
        position += n;
        return n;
    }
}

/// <summary>A writer that refuses synchronous writes and keeps what was written asynchronously, and the longest single write.</summary>
internal sealed class AsyncOnlyWriter : TextWriter
{
    private readonly System.Text.StringBuilder written = new();

    public override System.Text.Encoding Encoding => System.Text.Encoding.Unicode;

    public string Written => written.ToString();

    public int LongestWrite { get; private set; }

    public int Flushes { get; private set; }

    public override void Write(char value) => throw new InvalidOperationException("Synchronous write.");

    public override void Flush() => throw new InvalidOperationException("Synchronous flush.");

    public override Task WriteAsync(char[] buffer, int index, int count) => WriteAsync(buffer.AsMemory(index, count));

    public override Task WriteAsync(string? value) => WriteAsync(value.AsMemory());

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        LongestWrite = Math.Max(LongestWrite, buffer.Length);
        written.Append(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync()
    {
        Flushes++;
        return Task.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => FlushAsync();
}
