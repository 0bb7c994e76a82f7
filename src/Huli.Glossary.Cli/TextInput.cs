using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Huli.Glossary.Internal;

namespace Huli.Glossary.Cli;

/// <summary>
/// Text read from a file or standard input in the encoding the user named with <c>--encoding</c> (UTF-8 unless
/// told otherwise; a byte order mark wins over either). Invalid bytes become U+FFFD and are counted, so that a
/// command can warn once at the end, and say which encoding the bytes look like when it can tell.
/// </summary>
internal sealed class TextInput : IDisposable
{
    // Enough of the input to tell GB18030 from noise, little enough to keep whatever the input's size.
    private const int SampleLength = 1 << 16;

    private readonly CountingReplacementFallback invalid;
    private readonly SamplingStream sample;
    private readonly string displayName;

    // Ill-formed sequences of UTF-8 that a command read as bytes, not through Reader, and counted by the glossary.
    private long invalidInBytes;

    static TextInput()
    {
        // GB18030, GBK and Big5 live in the code-pages provider, part of .NET but not registered by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private TextInput(Stream stream, string encodingName, string displayName)
    {
        invalid = new CountingReplacementFallback();
        sample = new SamplingStream(stream);
        this.displayName = displayName;
        EncodingName = encodingName;
        var encoding = Encoding.GetEncoding(EncodingName, EncoderFallback.ReplacementFallback, invalid);
        Reader = new StreamReader(sample, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The encoding asked for, as Encoding.GetEncoding names it.</summary>
    public string EncodingName { get; }

    /// <summary>The decoded text.</summary>
    public TextReader Reader { get; }

    /// <summary>
    /// The input as UTF-8 bytes, for a command that reads them without decoding; null when the input is not read as
    /// UTF-8 (another <c>--encoding</c>, or a UTF-16 byte order mark, which wins as it does for <see cref="Reader"/>).
    /// Use it or <see cref="Reader"/>, not both; what reads it counts the ill-formed sequences and passes them to
    /// <see cref="CountInvalid"/>, for <see cref="WarnIfInvalid"/>.
    /// </summary>
    public Stream? Utf8Bytes()
    {
        if (EncodingName != "utf-8")
        {
            return null;
        }

        var start = sample.Peek(2);
        if (start.Length == 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)))
        {
            return null;
        }

        return sample;
    }

    /// <summary>The <c>--encoding</c> option, the same for every command that reads text.</summary>
    public static Option<string> EncodingOption() => CliSyntax.Choice(
        "--encoding",
        "The input's encoding: utf-8 (default), gb18030 (also reads GBK and GB2312), gbk, big5, utf-16 or utf-16be. A byte order mark overrides it.",
        "utf-8",
        ("utf-8", "utf-8"),
        ("utf8", "utf-8"),
        ("gb18030", "gb18030"),
        ("gbk", "gbk"),
        ("gb2312", "gb18030"),
        ("big5", "big5"),
        ("utf-16", "utf-16"),
        ("utf-16le", "utf-16"),
        ("utf-16be", "utf-16BE"));

    /// <summary>Reads <paramref name="stream"/> in the named encoding; <paramref name="displayName"/> is how warnings name it.</summary>
    public static TextInput Open(Stream stream, string encodingName, string displayName) => new(stream, encodingName, displayName);

    /// <summary>Opens FILE, or standard input for "-", for reading; a missing file or a folder is the user's error.</summary>
    public static TextInput Open(CliContext context, string path, string encodingName, string command)
    {
        if (path == "-")
        {
            return Open(context.Stdin, encodingName, "standard input");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{command}: '{path}' is a directory, not a text file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{command}: no such file: {path}");
        }

        return Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16), encodingName, path);
    }

    /// <summary>Adds the ill-formed sequences that whatever read <see cref="Utf8Bytes"/> counted.</summary>
    public void CountInvalid(long count) => invalidInBytes += count;

    /// <summary>After reading: one warning line when some bytes were not valid in the encoding, with the likely right one.</summary>
    public void WarnIfInvalid(TextWriter stderr)
    {
        if (InvalidBytes() is { } problem)
        {
            stderr.WriteLine($"huli-glossary: warning: {problem}.");
        }
    }

    /// <summary>After reading: null when every byte was valid in the encoding, else how many were not and the likely right encoding.</summary>
    public string? InvalidBytes()
    {
        var count = invalid.Count + invalidInBytes;
        if (count == 0)
        {
            return null;
        }

        var name = EncodingName.ToUpperInvariant();
        var hint = EncodingName == "utf-8" && sample.ReadsAsGb18030() ? "; it reads as GB18030: pass --encoding gb18030" : string.Empty;
        return $"{displayName} is not valid {name}; {count} invalid byte sequence(s) became U+FFFD{hint}";
    }

    public void Dispose() => Reader.Dispose();

    /// <summary>Passes reads through and keeps a copy of the first <see cref="SampleLength"/> bytes; can look at the first
    /// bytes before anyone reads them.</summary>
    private sealed class SamplingStream(Stream inner) : Stream
    {
        private readonly byte[] kept = new byte[SampleLength];
        private int keptLength;

        // Bytes of kept read ahead by Peek and not yet handed out.
        private int served;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>The first <paramref name="count"/> bytes (fewer when the input is shorter), still to be read.</summary>
        public ReadOnlySpan<byte> Peek(int count)
        {
            while (keptLength < count)
            {
                var read = inner.Read(kept.AsSpan(keptLength, count - keptLength));
                if (read == 0)
                {
                    break;
                }

                keptLength += read;
            }

            return kept.AsSpan(served, Math.Min(count, keptLength) - served);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read;
            if (served < keptLength)
            {
                read = Math.Min(buffer.Length, keptLength - served);
                kept.AsSpan(served, read).CopyTo(buffer);
                served += read;
            }
            else
            {
                read = inner.Read(buffer);
                var copy = Math.Min(read, kept.Length - keptLength);
                buffer.Slice(0, copy).CopyTo(kept.AsSpan(keptLength));
                keptLength += copy;
                served = keptLength;
            }

            return read;
        }

        /// <summary>Whether the sample decodes as GB18030 without a single invalid byte and holds some non-ASCII text.</summary>
        public bool ReadsAsGb18030()
        {
            var decoder = Encoding.GetEncoding("gb18030", EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback).GetDecoder();
            try
            {
                // Not flushed: a character cut at the end of the sample is not an error.
                decoder.GetCharCount(kept.AsSpan(0, keptLength), flush: false);
            }
            catch (DecoderFallbackException)
            {
                return false;
            }

            return kept.AsSpan(0, keptLength).IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
