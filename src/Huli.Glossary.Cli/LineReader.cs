using System;
using System.IO;
using System.Text;

namespace Huli.Glossary.Cli;

/// <summary>
/// The lines of a text, each at most a given length. <see cref="TextReader.ReadLine"/> holds a line whole whatever its
/// length, so input without line breaks (a binary file, a document piped by mistake) would grow without bound; this
/// reader refuses a line as soon as it is longer than the limit. Line breaks are those of ReadLine: \n, \r and \r\n.
/// </summary>
internal sealed class LineReader(TextReader reader)
{
    private readonly char[] buffer = new char[64 * 1024];
    private int position;
    private int filled;

    // A \r ended the last line at the end of the buffer: a \n at the start of the next read belongs to it.
    private bool afterCarriageReturn;

    /// <summary>How many lines have been read.</summary>
    public int Number { get; private set; }

    /// <summary>The next line without its break, or null at the end of the text.</summary>
    /// <exception cref="CliException">The line is longer than <paramref name="maxLength"/>; the message is <paramref name="tooLong"/>'s.</exception>
    public string? ReadLine(int maxLength, Func<int, string> tooLong)
    {
        StringBuilder? parts = null;
        while (true)
        {
            if (position == filled)
            {
                position = 0;
                filled = reader.Read(buffer, 0, buffer.Length);
                if (filled == 0)
                {
                    return parts is null ? null : Counted(parts.ToString());
                }
            }

            if (afterCarriageReturn)
            {
                afterCarriageReturn = false;
                if (buffer[position] == '\n')
                {
                    position++;
                    continue;
                }
            }

            var rest = buffer.AsSpan(position, filled - position);
            var end = rest.IndexOfAny('\r', '\n');
            if ((parts?.Length ?? 0) + (end < 0 ? rest.Length : end) > maxLength)
            {
                throw new CliException(tooLong(Number + 1));
            }

            if (end < 0)
            {
                (parts ??= new StringBuilder()).Append(rest);
                position = filled;
                continue;
            }

            var line = parts is null ? new string(rest[..end]) : parts.Append(rest[..end]).ToString();
            position += end + 1;
            if (rest[end] == '\r')
            {
                if (position == filled)
                {
                    afterCarriageReturn = true;
                }
                else if (buffer[position] == '\n')
                {
                    position++;
                }
            }

            return Counted(line);
        }
    }

    private string Counted(string line)
    {
        Number++;
        return line;
    }
}
