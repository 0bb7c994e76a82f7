using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;

namespace Huli.Glossary.Rendering;

/// <summary>
/// JSON: <c>[{"start":…, "length":…, "number":…, "term":…, "text":…, "evidence":…, "confidence":…}]</c> (and <c>"definition"</c> when asked), one match per line, offsets in the
/// unit the options ask for, counted as the text streams past.
/// </summary>
internal sealed class JsonAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    // CJK stays readable; consumers parse this as JSON, never paste it into HTML unencoded.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly OffsetCounter counter = new(options.Offsets);

    // The headword (and definition) of an entry is written once per match; encode it once per entry.
    private readonly Dictionary<int, string> encodedTerms = new();
    private readonly Dictionary<int, string> encodedDefinitions = new();
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
        if (!encodedTerms.TryGetValue(match.Entry.Number, out var term))
        {
            term = Encoder.Encode(match.Entry.Term);
            encodedTerms.Add(match.Entry.Number, term);
        }

        Output.Write(term);
        Output.Write("\",\"text\":\"");
        if (NeedsEscaping(text))
        {
            Encoder.Encode(Output, text.ToString());
        }
        else
        {
            Write(text);
        }

        Output.Write("\",\"evidence\":\"");
        Output.Write(EvidenceName(match.Evidence));
        Output.Write("\",\"confidence\":");
        Output.Write(match.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
        if (Options.IncludeDefinitions)
        {
            if (!encodedDefinitions.TryGetValue(match.Entry.Number, out var definition))
            {
                definition = Encoder.Encode(match.Entry.Definition);
                encodedDefinitions.Add(match.Entry.Number, definition);
            }

            Output.Write(",\"definition\":\"");
            Output.Write(definition);
            Output.Write('"');
        }

        Output.Write('}');
    }

    /// <summary>The evidence as JSON names it, in the camel case of the rest of the output.</summary>
    private static string EvidenceName(GlossaryEvidence evidence) => evidence switch
    {
        GlossaryEvidence.DistinctiveSpelling => "distinctiveSpelling",
        GlossaryEvidence.ContextWord => "contextWord",
        GlossaryEvidence.DocumentContext => "documentContext",
        GlossaryEvidence.Caller => "caller",
        GlossaryEvidence.Quotes => "quotes",
        _ => "spellingOnly",
    };

    /// <summary>Whether JSON needs any unit of <paramref name="text"/> escaped; matched text almost never does.</summary>
    private static bool NeedsEscaping(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            // Below U+0020, the two JSON metacharacters, and what the relaxed encoder still escapes beyond ASCII
            // (surrogates, and the line and paragraph separators JavaScript treats as line ends).
            if (c < ' ' || c is '"' or '\\' || char.IsSurrogate(c) || c is '\u2028' or '\u2029' || c >= '\uFFF0')
            {
                return true;
            }
        }

        return false;
    }

    protected override void End() => Output.Write(wroteAny ? "\n]\n" : "]\n");
}
