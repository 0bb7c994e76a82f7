using System;

namespace Huli.Glossary.Tests.Support;

/// <summary>Pieces of HTML annotation output.</summary>
internal static class HtmlOutput
{
    private const string Notes = "\n<section class=\"huli-glossary-notes\"";

    /// <summary>The annotated text without the notes written after it.</summary>
    public static string TextPart(string html)
    {
        var notes = html.IndexOf(Notes, StringComparison.Ordinal);
        return notes < 0 ? html : html[..notes];
    }
}
