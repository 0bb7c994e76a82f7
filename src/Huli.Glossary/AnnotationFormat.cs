namespace Huli.Glossary;

/// <summary>How <see cref="Glossary.Annotate(string, System.IO.TextWriter, AnnotationOptions)"/> marks the terms it finds.</summary>
public enum AnnotationFormat
{
    /// <summary>Plain text, each term followed by its definition in parentheses: 六统一（统一出租房管理平台建设、……）.</summary>
    Text = 0,

    /// <summary>HTML: each term a link to its note (<c>&lt;a class="huli-glossary" href="#huli-glossary-note-13"&gt;</c>, described
    /// by the note's definition), the notes of the entries used after the text; everything from the input or the data
    /// HTML-encoded. <see cref="GlossaryAssets"/> turns the terms into popovers; see <see cref="AnnotationOptions.Html"/>.</summary>
    Html = 1,

    /// <summary>Markdown: each term followed by a footnote reference <c>[^13]</c>, the definitions appended as footnotes.</summary>
    Markdown = 2,

    /// <summary>JSON: an array of the matches, <c>[{"start":…, "length":…, "number":…, "term":…, "text":…}]</c>.</summary>
    Json = 3,
}
