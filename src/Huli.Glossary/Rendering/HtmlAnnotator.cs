using System;
using System.IO;

namespace Huli.Glossary.Rendering;

/// <summary>
/// HTML: each term marked up by <see cref="TermMarkup"/>, the notes of the entries used after the text, and
/// around both, when asked, a complete page. Every character from the input or from the glossary is encoded,
/// so neither can inject markup.
/// </summary>
internal sealed class HtmlAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    private readonly TermMarkup markup = new(options.Html);

    protected override void Begin()
    {
        if (Options.Html.Standalone)
        {
            TermMarkup.WritePageStart(Output, Options.Html);
        }
    }

    protected override void WriteText(ReadOnlySpan<char> text) => TermMarkup.Encode(Output, text);

    protected override void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match)
    {
        markup.WriteTermStart(Output, match.Entry);
        TermMarkup.Encode(Output, text);
        TermMarkup.WriteTermEnd(Output);
    }

    protected override void End()
    {
        if (Options.Html.Standalone)
        {
            TermMarkup.WriteTextEnd(Output);
        }

        markup.WriteNotes(Output);
        if (Options.Html.Standalone)
        {
            TermMarkup.WritePageEnd(Output);
        }
    }
}
