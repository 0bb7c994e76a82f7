using System;
using System.Collections.Generic;
using Huli.Glossary.Rendering;

namespace Huli.Glossary.Cli;

/// <summary>
/// The matches of an HTML or Markdown document as annotate's JSON, through the writer text's JSON goes through
/// (<see cref="MatchJson"/>, compiled in from the core): the same shape, one match a line, offsets into the document as given.
/// </summary>
internal static class MarkupJson
{
    /// <summary>The JSON array of <paramref name="matches"/>, all on one line when <paramref name="oneLine"/> (for --jsonl).</summary>
    public static ReadOnlySpan<byte> Write(string document, IReadOnlyList<GlossaryMatch> matches, AnnotationOptions options, bool oneLine)
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
        return json.Written;
    }
}
