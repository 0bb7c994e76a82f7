using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;

namespace Huli.Glossary.Rendering;

/// <summary>
/// JSON: <c>[{"start":…, "length":…, "number":…, "term":…, "text":…}]</c>, one match per line, offsets in the
/// unit the options ask for, counted as the text streams past.
/// </summary>
internal sealed class JsonAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    // CJK stays readable; consumers parse this as JSON, never paste it into HTML unencoded.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly OffsetCounter counter = new(options.Offsets);
    private bool wroteAny;

    protected override void Begin() => Output.Write('[');

    protected override void WriteText(ReadOnlySpan<char> text) => counter.Advance(text);

    protected override void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match)
    {
        var start = counter.Position;
        counter.Advance(text);
        Output.Write(wroteAny ? ",\n{\"start\":" : "\n{\"start\":");
        wroteAny = true;
        Output.Write(start.ToString(CultureInfo.InvariantCulture));
        Output.Write(",\"length\":");
        Output.Write((counter.Position - start).ToString(CultureInfo.InvariantCulture));
        Output.Write(",\"number\":");
        Output.Write(match.Entry.Number.ToString(CultureInfo.InvariantCulture));
        Output.Write(",\"term\":\"");
        Encoder.Encode(Output, match.Entry.Term);
        Output.Write("\",\"text\":\"");
        Encoder.Encode(Output, text.ToString());
        Output.Write("\"}");
    }

    protected override void End() => Output.Write(wroteAny ? "\n]\n" : "]\n");
}
