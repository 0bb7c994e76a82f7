namespace Huli.Glossary;

/// <summary>
/// Which occurrences of an entry are annotated: every one, or only the first within a document, a section or a block.
/// Later occurrences in the same scope are copied as they are (and left out of JSON).
/// </summary>
/// <remarks>
/// What a section and a block are depends on the kind of document. In plain text a block is a line and a section
/// the text between blank lines; in HTML a section starts at each heading (<c>h1</c>–<c>h6</c>) and a block at each
/// block element (<c>p</c>, <c>li</c>, <c>td</c>, <c>div</c>…); in Markdown a section starts at each heading and a
/// block is a paragraph, a heading or a table cell. In 六统一。六统一。\n六统一, <see cref="FirstInBlock"/> marks the
/// first and the third.
/// </remarks>
/// <example><c>new AnnotationOptions { Scope = AnnotationScope.FirstInDocument }</c></example>
public enum AnnotationScope
{
    /// <summary>Every occurrence is annotated.</summary>
    Every = 0,

    /// <summary>Only the first occurrence of each entry in the whole document.</summary>
    FirstInDocument = 1,

    /// <summary>The first occurrence of each entry after each heading (in plain text: after each blank line).</summary>
    FirstInSection = 2,

    /// <summary>The first occurrence of each entry in each paragraph, list item, table cell or other block (in plain text: each line).</summary>
    FirstInBlock = 3,
}
