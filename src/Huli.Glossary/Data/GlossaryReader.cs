using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Huli.Glossary.Data;

/// <summary>
/// Reads glossary.json into the model: first its syntax and encoding (one problem, since past a syntax error
/// nothing can be read), then its shape against the model's metadata and its content with the validator (every
/// problem); each problem names a JSON path, and the file's line and column are found from that path.
/// </summary>
internal static class GlossaryReader
{
    /// <summary>The largest glossary accepted; the shipped one is about 60 KB.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = JsonPaths.MaxDepth };

    public static Glossary Read(Stream stream, string sourceName) => Read(ReadAll(stream, sourceName), sourceName);

    public static Glossary Read(ReadOnlyMemory<byte> utf8, string sourceName)
    {
        var span = utf8.Span;
        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }

        var document = ReadDocument(utf8, sourceName);
        var problems = GlossaryValidator.Validate(document.Entries, document.Title, document.Source, document.Places);
        if (problems.Count > 0)
        {
            throw Located(problems, utf8.Span, sourceName);
        }

        return Glossary.FromValidated(document.Entries, document.Title, document.Source, document.Places);
    }

    /// <summary>
    /// The package's own glossary.json, read without the checks a user's file goes through: the tests load the same file
    /// through all of them (GlossaryFileTests), and the package is built from it. The checks cost a fifth of what a
    /// command does before it reads its input (README, "Start-up of the command").
    /// </summary>
    public static Glossary ReadEmbedded(Stream stream, string sourceName)
    {
        var document = JsonSerializer.Deserialize(ReadAll(stream, sourceName).Span, GlossaryJson.Document)!;
        return Glossary.FromValidated(document.Entries, document.Title, document.Source, document.Places);
    }

    private static GlossaryDocument ReadDocument(ReadOnlyMemory<byte> utf8, string sourceName)
    {
        if (JsonPaths.FirstSyntaxProblem(utf8.Span) is { } syntax)
        {
            var (line, column) = JsonPaths.LineAndColumn(utf8.Span, syntax.Offset);
            throw new GlossaryFormatException([new GlossaryProblem(syntax.Path, null, syntax.Description).At(sourceName, line, column)]);
        }

        using (var parsed = JsonDocument.Parse(utf8, DocumentOptions))
        {
            var problems = JsonShape.Check(parsed.RootElement, GlossaryJson.Document);
            if (problems.Count > 0)
            {
                throw Located(problems, utf8.Span, sourceName);
            }
        }

        // The shape was checked against the same metadata, so the serializer meets nothing it could refuse.
        return JsonSerializer.Deserialize(utf8.Span, GlossaryJson.Document)!;
    }

    private static GlossaryFormatException Located(ProblemList problems, ReadOnlySpan<byte> json, string sourceName)
    {
        var listed = problems.Listed;
        var targets = new (string Path, bool AtName)[listed.Count];
        for (var i = 0; i < listed.Count; i++)
        {
            targets[i] = (listed[i].Path, listed[i].AtName);
        }

        var offsets = JsonPaths.Locate(json, targets);
        var located = new List<GlossaryProblem>(listed.Count + 1);
        for (var i = 0; i < listed.Count; i++)
        {
            var (line, column) = JsonPaths.LineAndColumn(json, offsets[i]);
            located.Add(listed[i].At(sourceName, line, column));
        }

        if (problems.Unlisted is { } unlisted)
        {
            // The count of the rest has no one place in the file.
            located.Add(unlisted.At(sourceName, 0, 0));
        }

        return new GlossaryFormatException(located);
    }

    private static ReadOnlyMemory<byte> ReadAll(Stream stream, string sourceName)
    {
        if (stream.CanSeek)
        {
            // The embedded resource and files know their length: one array of the right size, no copies.
            var remaining = stream.Length - stream.Position;
            if (remaining > MaxBytes)
            {
                throw TooLarge(sourceName);
            }

            var bytes = new byte[remaining];
            var total = 0;
            int count;
            while (total < bytes.Length && (count = stream.Read(bytes, total, bytes.Length - total)) > 0)
            {
                total += count;
            }

            return bytes.AsMemory(0, total);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge(sourceName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static GlossaryFormatException TooLarge(string sourceName) =>
        new([new GlossaryProblem("$", null, $"the glossary is larger than {MaxBytes / (1024 * 1024)} MiB; is this the right file?").At(sourceName, 0, 0)]);
}
