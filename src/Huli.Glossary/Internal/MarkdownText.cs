using System;

namespace Huli.Glossary.Internal;

/// <summary>
/// The one rule for text that must stay literal inside a Markdown line, shared by the Markdown export and Markdown
/// annotation so the two cannot disagree: the characters that would start emphasis, code, a link, HTML, an entity
/// (<c>&amp;lt;</c> would become "&lt;"), a table cell or a heading get a backslash.
/// </summary>
internal static class MarkdownText
{
    public static bool NeedsEscape(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '&' or '#';
}
