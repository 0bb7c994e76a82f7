using System;
using System.IO;

namespace Huli.Glossary.Rendering;

/// <summary>Plain text: 六统一（统一出租房管理平台建设、……、统一管理服务）.</summary>
internal sealed class TextAnnotator(TextWriter output, AnnotationOptions options) : Annotator(output, options)
{
    protected override void WriteText(ReadOnlySpan<char> text) => Write(text);

    protected override void WriteMatch(ReadOnlySpan<char> text, GlossaryMatch match)
    {
        Write(text);
        Output.Write('（');
        // The definition's closing 。 would end the reader's sentence inside the parentheses.
        Output.Write(match.Entry.Definition.TrimEnd('。'));
        Output.Write('）');
    }
}
