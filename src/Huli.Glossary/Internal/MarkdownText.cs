using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif
using System.IO;
using System.Text;

namespace Huli.Glossary.Internal;

/// <summary>
/// The one Markdown escaper, shared by the Markdown export, the core's Markdown annotation and the Markdown package's
/// footnote definitions, so that none can disagree: it writes text so that CommonMark with GFM's tables and
/// strikethrough shows it as written. Anywhere in a line, a backslash goes before the characters that would start
/// emphasis, code, a link, HTML, an entity (<c>&amp;lt;</c> would become "&lt;"), a table cell, a heading, a quote or
/// strikethrough. At the start of a line, after at most three spaces, it also goes before what would open a block
/// there and only then: a list marker (<c>- </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>), a thematic break or setext
/// underline (<c>---</c>, <c>===</c>) and a fence (<c>~~~</c>); <c>-5%</c>, <c>+1</c> and <c>1.5亿</c> stay as they
/// are. A line indented by four columns or more, which would be code, gets its first white space written as a
/// character reference (<c>&amp;#32;</c>), which a paragraph shows as the space it is.
/// </summary>
/// <remarks>Text may come in pieces (a term, the text between terms): the state of the line is carried from one
/// <see cref="Write"/> to the next, so a line split between pieces is escaped as a whole. Where a marker ends a piece
/// and what follows it is not known yet, it is escaped; a backslash before punctuation never shows.</remarks>
internal sealed class MarkdownText
{
    // The leading white space held back until the line shows whether it has text (and is code) or is blank.
    private const int HeldWhiteSpace = 16;

#if NET8_0_OR_GREATER
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|&#~\n\r");
#else
    private static readonly char[] Special = "\\`*_[]<>|&#~\n\r".ToCharArray();
#endif

    private readonly TextWriter output;
    private readonly string? lineBreak;
    private readonly char[] held = new char[HeldWhiteSpace];
    private int heldCount;
    private int indent;
    private int digits;
    private Place place;
    private bool afterMarkup;

    // A "-", "+", "=" at a line's start, or the "." or ")" after its digits, that ended a piece: whether it is a marker
    // (and escaped) depends on the character after it, which the next piece brings.
    private char pending;

    /// <summary>An escaper writing to <paramref name="output"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="atLineStart">Whether the text begins a line of the Markdown (rather than following a marker on it).</param>
    /// <param name="lineBreak">What replaces a line break of the text (CRLF, CR or LF) when it must stay on one line
    /// (<c>"&lt;br&gt;"</c> in a list item, <c>" "</c> in a footnote); null keeps line breaks, each starting a line.</param>
    public MarkdownText(TextWriter output, bool atLineStart, string? lineBreak = null)
    {
        this.output = output;
        this.lineBreak = lineBreak;
        place = atLineStart ? Place.LineStart : Place.Inside;
    }

    private enum Place
    {
        LineStart,
        Digits,
        Inside,
    }

    /// <summary>Whether <paramref name="c"/> starts inline syntax wherever it stands, and so is always escaped.</summary>
    public static bool NeedsEscape(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '#' or '~';

    /// <summary>The text as literal Markdown on one line that it starts: line breaks become <c>&lt;br&gt;</c>.</summary>
    public static string Inline(string text)
    {
        using var writer = new StringWriter(new StringBuilder(text.Length + 8), System.Globalization.CultureInfo.InvariantCulture);
        var escaper = new MarkdownText(writer, atLineStart: true, lineBreak: "<br>");
        escaper.Write(text.AsSpan());
        escaper.Finish();
        return writer.ToString();
    }

    /// <summary>Writes the text as literal Markdown inside a line (a footnote's text): line breaks become spaces.</summary>
    public static void WriteInline(TextWriter output, string text)
    {
        var escaper = new MarkdownText(output, atLineStart: false, lineBreak: " ");
        escaper.Write(text.AsSpan());
        escaper.Finish();
    }

    /// <summary>Writes the next piece of the text.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        // "[^13](x)" would be an inline link to x, not a footnote reference followed by text ("[" is always escaped).
        if (afterMarkup && text.Length > 0)
        {
            afterMarkup = false;
            if (text[0] == '(')
            {
                output.Write("\\(");
                text = text.Slice(1);
            }
        }

        if (pending != '\0' && text.Length > 0)
        {
            WritePending(text[0]);
        }

        var plain = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (place == Place.Inside)
            {
                var next = text.Slice(i).IndexOfAny(Special);
                if (next < 0)
                {
                    break;
                }

                i += next;
                output.WriteSpan(text.Slice(plain, i - plain));
                if (text[i] is '\n' or '\r')
                {
                    i = LineBreak(text, i);
                }
                else
                {
                    output.Write('\\');
                    output.Write(text[i]);
                    i++;
                }

                plain = i;
                continue;
            }

            var c = text[i];
            if (place == Place.Digits)
            {
                if (c is >= '0' and <= '9' && digits < 9)
                {
                    digits++;
                    i++;
                    continue;
                }

                if (c is '.' or ')' && i + 1 == text.Length)
                {
                    output.WriteSpan(text.Slice(plain, i - plain));
                    pending = c;
                    place = Place.Inside;
                    i++;
                    plain = i;
                    continue;
                }

                // 1-9 digits then "." or ")" and a space or the line's end: an ordered list item.
                if (c is '.' or ')' && EndsMarker(text, i + 1))
                {
                    output.WriteSpan(text.Slice(plain, i - plain));
                    output.Write('\\');
                    plain = i;
                }

                place = Place.Inside;
                i += c is '.' or ')' ? 1 : 0;
                continue;
            }

            // At the start of a line: the text so far on it is white space, held back.
            if (c is ' ' or '\t')
            {
                if (heldCount == held.Length)
                {
                    // So much white space is code whatever follows; a blank line so written shows a space.
                    ReleaseHeld(asCode: true);
                    place = Place.Inside;
                    continue;
                }

                held[heldCount++] = c;
                indent += c == '\t' ? 4 - (indent % 4) : 1;
                i++;
                plain = i;
                continue;
            }

            if (c is '\n' or '\r')
            {
                ReleaseHeld(asCode: false);
                i = LineBreak(text, i);
                plain = i;
                continue;
            }

            var code = indent >= 4;
            ReleaseHeld(code);
            place = Place.Inside;
            if (code)
            {
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                place = Place.Digits;
                digits = 1;
                i++;
                continue;
            }

            if (c is '-' or '+' or '=' && i + 1 == text.Length)
            {
                output.WriteSpan(text.Slice(plain, i - plain));
                pending = c;
                i++;
                plain = i;
                continue;
            }

            // "- ", "+ ": a list; "-", "---", "===", a lone "=": a thematic break or setext underline. ("*", "#",
            // ">", "~" and "`" are escaped wherever they stand.)
            if ((c is '-' or '+' or '=' && EndsMarker(text, i + 1)) || (c is '-' or '=' && i + 1 < text.Length && text[i + 1] == c))
            {
                output.Write('\\');
                output.Write(c);
                i++;
                plain = i;
            }
        }

        output.WriteSpan(text.Slice(plain));
    }

    /// <summary>Returns the writer for Markdown of the caller's own (a footnote reference) that follows the text on its line.</summary>
    public TextWriter Markup()
    {
        WritePending(next: '[');
        ReleaseHeld(asCode: false);
        place = Place.Inside;
        afterMarkup = true;
        return output;
    }

    /// <summary>Writes what is held back: the white space a text ends with, on a line of its own.</summary>
    public void Finish()
    {
        WritePending(next: null);
        ReleaseHeld(asCode: false);
    }

    /// <summary>Whether what follows a marker ends it: white space or the line's end (a marker never ends a piece: it is pending).</summary>
    private static bool EndsMarker(ReadOnlySpan<char> text, int next) => text[next] is ' ' or '\t' or '\n' or '\r';

    /// <summary>Writes the pending character, escaped where <paramref name="next"/> (null: the text's end) makes it a marker,
    /// as <see cref="Write"/> decides for one followed by its next character in the same piece.</summary>
    private void WritePending(char? next)
    {
        if (pending == '\0')
        {
            return;
        }

        if (next is null or ' ' or '\t' or '\n' or '\r' || (pending is '-' or '=' && next == pending))
        {
            output.Write('\\');
        }

        output.Write(pending);
        pending = '\0';
    }

    private int LineBreak(ReadOnlySpan<char> text, int i)
    {
        var end = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        if (lineBreak is null)
        {
            output.WriteSpan(text.Slice(i, end - i));
            place = Place.LineStart;
        }
        else
        {
            output.Write(lineBreak);
            place = Place.Inside;
        }

        return end;
    }

    private void ReleaseHeld(bool asCode)
    {
        var from = 0;
        if (asCode && heldCount > 0)
        {
            output.Write(held[0] == '\t' ? "&#9;" : "&#32;");
            from = 1;
        }

        output.Write(held, from, heldCount - from);
        heldCount = 0;
        indent = 0;
    }
}
