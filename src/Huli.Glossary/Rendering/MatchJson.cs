using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;

namespace Huli.Glossary.Rendering;

/// <summary>
/// The one writer of annotate's JSON, for text and for HTML and Markdown documents alike (the CLI compiles this file
/// in): an array of match objects, one a line,
/// <c>{"start":…,"length":…,"number":…,"term":"…","text":"…","evidence":"…","confidence":…}</c> (and
/// <c>"definition"</c> when asked), names in camel case and the evidence as a camel-case string, as GlossaryMatch is
/// named everywhere else. Written as UTF-8 bytes straight from the matches: what is the same for every match of an
/// entry is encoded once, and text is escaped by the encoder JSON output uses everywhere in the project (CJK stays readable).
/// </summary>
/// <remarks>Not thread-safe: one writer per output.</remarks>
internal sealed class MatchJson(bool includeDefinitions, bool oneLine = false)
{
    // CJK stays readable; consumers parse this as JSON, never paste it into HTML unencoded.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Per entry: ,"number":…,"term":"…","text":"   and   ","definition":"…"  (when asked).
    private readonly Dictionary<GlossaryEntry, (byte[] Head, byte[]? Definition)> entries = new();

    // Per evidence and confidence: ","evidence":"…","confidence":…
    private readonly Dictionary<(GlossaryEvidence, double), byte[]> tails = new();

    private byte[] buffer = new byte[1 << 16];
    private byte[] scratch = new byte[256];
    private bool wroteAny;

    /// <summary>What has been written and not yet taken with <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, Length);

    /// <summary>
    /// The JSON array of a whole document's <paramref name="matches"/>, found in <paramref name="document"/> (the text of an
    /// HTML or Markdown document as given), with offsets counted in the unit <paramref name="options"/> name.
    /// </summary>
    public static MatchJson Of(string document, IReadOnlyList<GlossaryMatch> matches, AnnotationOptions options, bool oneLine = false)
    {
        var json = new MatchJson(options.IncludeDefinitions, oneLine);
        var counter = new OffsetCounter(options.Offsets);
        var counted = 0;
        json.Begin();
        foreach (var match in matches)
        {
            counter.Advance(document.AsSpan(counted, Math.Max(0, match.Start - counted)));
            var start = counter.Position;
            var text = document.AsSpan(match.Start, match.Length);
            counter.Advance(text);
            json.Write(start, counter.Position - start, match, text);
            counted = match.End;
        }

        json.End();
        return json;
    }

    /// <summary>How many bytes are waiting: a caller passes them on once there are enough.</summary>
    public int Length { get; private set; }

    public void Clear() => Length = 0;

    /// <summary>Writes what is waiting to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream) => stream.Write(buffer, 0, Length);

    public void Begin()
    {
        wroteAny = false;
        Append("["u8);
    }

    /// <summary>Starts over for matches that follow those of another writer, which <see cref="Follow"/> will join them to: no
    /// array is opened, and the first match is written after a comma as every other.</summary>
    public void Continue()
    {
        Length = 0;
        wroteAny = true;
    }

    /// <summary>Appends the matches <paramref name="part"/> wrote after <see cref="Continue"/>, as if written here.</summary>
    public void Follow(MatchJson part)
    {
        var written = part.Written;
        if (written.Length > 0)
        {
            // The part wrote its first match after a comma; the array's first has none.
            Append(wroteAny ? written : written.Slice(1));
            wroteAny = true;
        }
    }

    /// <summary>One match whose original text is <paramref name="text"/> (UTF-8), at offsets already counted in the unit asked for.</summary>
    public void Write(long start, long length, GlossaryMatch match, ReadOnlySpan<byte> text)
    {
        Append(wroteAny ? (oneLine ? ",{\"start\":"u8 : ",\n{\"start\":"u8) : (oneLine ? "{\"start\":"u8 : "\n{\"start\":"u8));
        wroteAny = true;
        AppendNumber(start);
        Append(",\"length\":"u8);
        AppendNumber(length);
        var (head, definition) = EntryParts(match.Entry);
        Append(head);
        AppendEscaped(text);
        Append(Tail(match.Evidence, match.Confidence));
        if (definition is not null)
        {
            Append(definition);
        }

        Append("}"u8);
    }

    /// <summary>One match whose original text is <paramref name="text"/> (UTF-16).</summary>
    public void Write(long start, long length, GlossaryMatch match, ReadOnlySpan<char> text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (scratch.Length < needed)
        {
            scratch = new byte[Math.Max(needed, scratch.Length * 2)];
        }

        Write(start, length, match, scratch.AsSpan(0, GetBytes(text, scratch)));
    }

    public void End() => Append(wroteAny && !oneLine ? "\n]"u8 : "]"u8);

    /// <summary>The evidence as JSON names it, in the camel case of the rest of the output.</summary>
    public static string EvidenceName(GlossaryEvidence evidence) => evidence switch
    {
        GlossaryEvidence.DistinctiveSpelling => "distinctiveSpelling",
        GlossaryEvidence.ContextWord => "contextWord",
        GlossaryEvidence.DocumentContext => "documentContext",
        GlossaryEvidence.Caller => "caller",
        GlossaryEvidence.Quotes => "quotes",
        _ => "spellingOnly",
    };

    private (byte[] Head, byte[]? Definition) EntryParts(GlossaryEntry entry)
    {
        if (!entries.TryGetValue(entry, out var parts))
        {
            var head = ",\"number\":" + entry.Number.ToString(CultureInfo.InvariantCulture) + ",\"term\":\"" + Encoder.Encode(entry.Term) + "\",\"text\":\"";
            var definition = includeDefinitions ? ",\"definition\":\"" + Encoder.Encode(entry.Definition) + "\"" : null;
            parts = (Encoding.UTF8.GetBytes(head), definition is null ? null : Encoding.UTF8.GetBytes(definition));
            entries.Add(entry, parts);
        }

        return parts;
    }

    private byte[] Tail(GlossaryEvidence evidence, double confidence)
    {
        if (!tails.TryGetValue((evidence, confidence), out var tail))
        {
            // Shortest round-trip form, as System.Text.Json writes a double: 0.95, 0.9, 1.
            tail = Encoding.UTF8.GetBytes("\",\"evidence\":\"" + EvidenceName(evidence) + "\",\"confidence\":" + confidence.ToString("R", CultureInfo.InvariantCulture));
            tails.Add((evidence, confidence), tail);
        }

        return tail;
    }

    private void AppendEscaped(ReadOnlySpan<byte> text)
    {
        // Matched text almost never needs escaping; the encoder finds out as fast as it can copy.
        if (Encoder.FindFirstCharacterToEncodeUtf8(text) < 0)
        {
            Append(text);
            return;
        }

        while (true)
        {
            Reserve(text.Length + 16);
            var status = Encoder.EncodeUtf8(text, buffer.AsSpan(Length), out var read, out var written);
            Length += written;
            text = text.Slice(read);
            if (status == OperationStatus.Done)
            {
                return;
            }

            Reserve(buffer.Length);
        }
    }

    private void AppendNumber(long value)
    {
        Reserve(20);
        Utf8Formatter.TryFormat(value, buffer.AsSpan(Length), out var written);
        Length += written;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    private void Reserve(int count)
    {
        if (buffer.Length - Length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + count));
        }
    }

    private static int GetBytes(ReadOnlySpan<char> text, byte[] destination)
    {
#if NETSTANDARD2_0
        // netstandard2.0's Encoding has no span overloads; this build pays a copy.
        var units = text.ToArray();
        return Encoding.UTF8.GetBytes(units, 0, units.Length, destination, 0);
#else
        return Encoding.UTF8.GetBytes(text, destination);
#endif
    }
}
