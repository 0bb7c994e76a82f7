using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Huli.Glossary.Cli;

/// <summary>JSON on stdout, UTF-8 with CJK unescaped: indented for one answer, one line per answer in batch modes.</summary>
internal sealed class JsonOutput : IDisposable
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        // CJK stays readable; the output is JSON for programs, never embedded in HTML by this tool.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    private readonly TextWriter stdout;
    private readonly MemoryStream buffer = new();
    private readonly Utf8JsonWriter writer;

    private JsonOutput(TextWriter stdout, JsonWriterOptions options)
    {
        this.stdout = stdout;
        writer = new Utf8JsonWriter(buffer, options);
    }

    /// <summary>A writer of JSON Lines: each <see cref="WriteLine"/> is one compact value on a line of its own.</summary>
    public static JsonOutput Lines(TextWriter stdout) => new(stdout, Compact);

    /// <summary>Writes one indented JSON value and a line break.</summary>
    public static void Write(TextWriter stdout, Action<Utf8JsonWriter> write)
    {
        using var output = new JsonOutput(stdout, Indented);
        output.WriteLine(write);
    }

    /// <summary>Writes one JSON value and a line break, reusing the buffer and the writer.</summary>
    public void WriteLine(Action<Utf8JsonWriter> write)
    {
        buffer.SetLength(0);
        writer.Reset();
        write(writer);
        writer.Flush();
        stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    public void Dispose()
    {
        writer.Dispose();
        buffer.Dispose();
    }
}
