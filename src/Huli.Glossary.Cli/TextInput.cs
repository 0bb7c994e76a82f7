using System;
using System.CommandLine;
using System.IO;
using System.Text;

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
    private readonly Utf8Check utf8 = new();
    private readonly SamplingStream sample;
    private readonly string displayName;

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
    /// Ill-formed sequences are counted as the bytes pass, for <see cref="WarnIfInvalid"/>. Use it or <see cref="Reader"/>, not both.
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

        sample.Validate(utf8);
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
        var count = invalid.Count + utf8.Invalid;
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
    /// bytes before anyone reads them, and check UTF-8 as it passes.</summary>
    private sealed class SamplingStream(Stream inner) : Stream
    {
        private readonly byte[] kept = new byte[SampleLength];
        private int keptLength;

        // Bytes of kept read ahead by Peek and not yet handed out.
        private int served;
        private Utf8Check? check;

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

        /// <summary>From now on, every byte read passes through <paramref name="utf8"/>.</summary>
        public void Validate(Utf8Check utf8) => check = utf8;

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

            if (read == 0)
            {
                check?.End();
            }
            else
            {
                check?.Add(buffer.Slice(0, read));
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

    /// <summary>
    /// Counts the ill-formed sequences of UTF-8 read in pieces, one per U+FFFD a decoder would make. A character cut
    /// between two pieces is held back (at most 3 bytes) and checked with the next; whole pieces are checked at the
    /// runtime's vectorized speed, and only a piece with a problem is walked one character at a time.
    /// </summary>
    private sealed class Utf8Check
    {
        private readonly byte[] pending = new byte[8];
        private int pendingLength;

        public int Invalid { get; private set; }

        public void Add(ReadOnlySpan<byte> bytes)
        {
            if (pendingLength > 0)
            {
                // Complete the held-back character with the first bytes of this piece.
                var take = Math.Min(bytes.Length, 4);
                bytes.Slice(0, take).CopyTo(pending.AsSpan(pendingLength));
                var joined = pending.AsSpan(0, pendingLength + take);
                var status = System.Text.Rune.DecodeFromUtf8(joined, out _, out var consumed);
                if (status == System.Buffers.OperationStatus.NeedMoreData)
                {
                    pendingLength = joined.Length;
                    return;
                }

                Invalid += status == System.Buffers.OperationStatus.InvalidData ? 1 : 0;
                bytes = bytes.Slice(consumed - pendingLength);
                pendingLength = 0;
            }

            var whole = WholeCharacters(bytes);
            if (!System.Text.Unicode.Utf8.IsValid(bytes.Slice(0, whole)))
            {
                Count(bytes.Slice(0, whole));
            }

            bytes.Slice(whole).CopyTo(pending);
            pendingLength = bytes.Length - whole;
        }

        /// <summary>At the end of the input a character still cut short is one ill-formed sequence.</summary>
        public void End()
        {
            Invalid += pendingLength > 0 ? 1 : 0;
            pendingLength = 0;
        }

        /// <summary>The length of <paramref name="bytes"/> without a well-formed start of a character that the piece cuts short.</summary>
        private static int WholeCharacters(ReadOnlySpan<byte> bytes)
        {
            for (var i = bytes.Length - 1; i >= 0 && i >= bytes.Length - 3; i--)
            {
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    return System.Text.Rune.DecodeFromUtf8(bytes.Slice(i), out _, out _) == System.Buffers.OperationStatus.NeedMoreData ? i : bytes.Length;
                }
            }

            return bytes.Length;
        }

        private void Count(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                Invalid += System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed) == System.Buffers.OperationStatus.InvalidData ? 1 : 0;
                bytes = bytes.Slice(consumed);
            }
        }
    }

    /// <summary>Replaces each invalid sequence with U+FFFD, as the default decoders do, and counts them.</summary>
    private sealed class CountingReplacementFallback : DecoderFallback
    {
        public int Count { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingReplacementFallback owner) : DecoderFallbackBuffer
        {
            private bool pending;

            public override int Remaining => pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!pending)
                {
                    return '\0';
                }

                pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;

            public override void Reset() => pending = false;
        }
    }
}
