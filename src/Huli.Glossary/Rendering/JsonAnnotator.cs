using System;
using System.IO;
using System.Text;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Annotate's JSON for text read as UTF-16 (a string or a <see cref="TextReader"/>): the matches through the one
/// writer, <see cref="MatchJson"/>, offsets in the unit the options ask for, counted as the text streams past.
/// </summary>
internal sealed class JsonAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    // JSON is passed on to the writer in pieces of about this many bytes.
    private const int PieceLength = 1 << 15;

    private readonly OffsetCounter counter = new(options.Offsets);
    private readonly MatchJson json = new(options.IncludeDefinitions);
#if !NETSTANDARD2_0
    private char[] units = [];
#endif

    protected override void Begin() => json.Begin();

    protected override void WriteText(ReadOnlySpan<char> text) => counter.Advance(text);

    protected override void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match)
    {
        var start = counter.Position;
        counter.Advance(text);
        json.Write(start, counter.Position - start, match, text);
        if (json.Length >= PieceLength)
        {
            Pass();
        }
    }

    protected override void End()
    {
        json.End();
        Pass();
        Output.Write('\n');
    }

    protected override void Flush()
    {
        Pass();
        base.Flush();
    }

    /// <summary>Hands the JSON written so far to the caller's writer: a text writer takes characters.</summary>
    private void Pass()
    {
        if (json.Length == 0)
        {
            return;
        }

#if NETSTANDARD2_0
        Output.Write(Encoding.UTF8.GetString(json.Written.ToArray()));
#else
        if (units.Length < json.Length)
        {
            units = new char[Math.Max(json.Length, 2 * units.Length)];
        }

        Output.Write(units, 0, Encoding.UTF8.GetChars(json.Written, units));
#endif
        json.Clear();
    }
}
