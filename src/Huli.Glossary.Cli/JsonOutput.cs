using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Huli.Glossary.Cli;

/// <summary>
/// JSON on stdout, UTF-8 with CJK unescaped, written to the byte stream as it is made: indented for one answer, one
/// line per answer in batch modes.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        // CJK stays readable; the output is JSON for programs, never embedded in HTML by this tool.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    private readonly Stream stdout;

    // Not the stream itself: Utf8JsonWriter flushes the stream it writes to at each Flush, a system call per line.
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter writer;

    private JsonOutput(Stream stdout, JsonWriterOptions options)
    {
        this.stdout = stdout;
        writer = new Utf8JsonWriter(buffer, options);
    }

    /// <summary>A writer of JSON Lines: each <see cref="WriteLine"/> is one compact value on a line of its own.</summary>
    public static JsonOutput Lines(CliContext context) => new(context.StdoutBytes(), Compact);

    /// <summary>Writes one indented JSON value and a line break.</summary>
    public static void Write(CliContext context, Action<Utf8JsonWriter> write)
    {
        using var output = new JsonOutput(context.StdoutBytes(), Indented);
        output.WriteLine(write);
    }

    /// <summary>Writes one JSON value and a line break, reusing the buffer and the writer.</summary>
    public void WriteLine(Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        writer.Reset();
        write(writer);
        writer.Flush();
        stdout.Write(buffer.WrittenSpan);
        stdout.WriteByte((byte)'\n');
    }

    public void Dispose() => writer.Dispose();
}
