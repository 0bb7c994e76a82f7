using System;
using System.Collections.Generic;
using Huli.Glossary.Matching;
using Huli.Glossary.Rendering;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Huli.Glossary.Markdown;

/// <summary>
/// Finds the matches in a Markdown document's literal text, with Markdig's syntax tree and its precise source
/// spans: only a literal inline whose source text is exactly its content (no escape, no entity) is scanned, so a
/// match is always a stretch of the file that a reader sees as it is written.
/// </summary>
internal sealed class MarkdownTextWalker
{
    /// <summary>The dialect read: CommonMark, GFM pipe tables and strikethrough, footnotes and YAML front matter.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    // Inline HTML elements whose content is left alone, as in HTML documents.
    private static readonly HashSet<string> SkippedHtml = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "code", "dfn", "kbd", "samp", "var", "script", "style", "textarea", "button", "select", "svg", "math",
    };

    private readonly Glossary glossary;
    private readonly string markdown;
    private readonly MarkdownAnnotationOptions options;
    private readonly ScopeFilter scope;
    private readonly List<MarkdownMatch> matches = new();
    // The emphases around the text being walked, innermost last.
    private readonly List<(int Start, int ContentStart, int ContentEnd, int End)> emphases = new();
    // The run of adjacent literal text being gathered: [runStart, runEnd) in the source, empty when equal.
    private int runStart;
    private int runEnd;
    private int htmlSkipDepth;
    // What the file's text so far said (the place, the district's own terms), carried from one text run to the next.
    private SenseState sense;

    private MarkdownTextWalker(Glossary glossary, string markdown, MarkdownAnnotationOptions options)
    {
        this.glossary = glossary;
        this.markdown = markdown;
        this.options = options;
        scope = new ScopeFilter(options.Scope);
        sense = new SenseState(options.Scan);
    }

    public static List<MarkdownMatch> Matches(Glossary glossary, string markdown, MarkdownDocument document, MarkdownAnnotationOptions options)
    {
        var walker = new MarkdownTextWalker(glossary, markdown, options);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            walker.Leaf(block);
        }

        return walker.matches;
    }

    private void Leaf(LeafBlock block)
    {
        if (block is HeadingBlock)
        {
            scope.StartSection();
        }

        if (block.Inline is null || block is not (ParagraphBlock or HeadingBlock))
        {
            return;
        }

        scope.StartBlock();
        if ((block is HeadingBlock && !options.AnnotateHeadings) || InFootnote(block))
        {
            return;
        }

        htmlSkipDepth = 0;
        Container(block.Inline, insertAt: -1);
    }

    private static bool InFootnote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Footnote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Walks a container's children; <paramref name="insertAt"/> ≥ 0 puts every reference there (after a link).</summary>
    private void Container(ContainerInline container, int insertAt)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal when htmlSkipDepth == 0 && SourceOf(literal) is var (start, end) && end > start:
                    if (runEnd != start)
                    {
                        Flush(insertAt);
                        runStart = start;
                    }

                    runEnd = end;
                    break;
                case LinkInline link:
                    Flush(insertAt);
                    if (!link.IsImage && options.AnnotateLinkText && link.Span.End >= link.Span.Start)
                    {
                        Container(link, insertAt >= 0 ? insertAt : link.Span.End + 1);
                    }

                    break;
                case HtmlInline html:
                    Flush(insertAt);
                    TrackHtml(html.Tag);
                    break;
                case EmphasisInline emphasis when emphasis.Span.Start >= 0 && emphasis.Span.End < markdown.Length:
                    Flush(insertAt);
                    var delimiters = emphasis.DelimiterCount;
                    emphases.Add((emphasis.Span.Start, emphasis.Span.Start + delimiters, emphasis.Span.End + 1 - delimiters, emphasis.Span.End + 1));
                    Container(emphasis, insertAt);
                    emphases.RemoveAt(emphases.Count - 1);
                    break;
                case ContainerInline inner:
                    Flush(insertAt);
                    Container(inner, insertAt);
                    break;
                default:
                    // Code spans, autolinks, entities, escapes, line breaks, footnote references: nothing to read.
                    Flush(insertAt);
                    break;
            }
        }

        Flush(insertAt);
    }

    /// <summary>
    /// Where a literal's text stands in the source, or (0, 0) when the source writes it otherwise (an escape, an
    /// entity). A table cell's span takes in the spaces around its text, which the content leaves out.
    /// </summary>
    private (int Start, int End) SourceOf(LiteralInline literal)
    {
        var span = literal.Span;
        var content = literal.Content.AsSpan();
        if (span.Start < 0 || span.End >= markdown.Length || content.Length == 0)
        {
            return (0, 0);
        }

        var start = span.Start;
        var end = span.End + 1;
        if (end - start != content.Length)
        {
            while (start < end && markdown[start] is ' ' or '\t')
            {
                start++;
            }

            while (end > start && markdown[end - 1] is ' ' or '\t')
            {
                end--;
            }
        }

        return markdown.AsSpan(start, end - start).SequenceEqual(content) ? (start, end) : (0, 0);
    }

    /// <summary>Raw inline HTML such as <c>&lt;code&gt;…&lt;/code&gt;</c>: the text between a skipped element's tags is left alone.</summary>
    private void TrackHtml(string tag)
    {
        if (tag.Length < 2 || tag[0] != '<')
        {
            return;
        }

        var closing = tag[1] == '/';
        var start = closing ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsLetterOrDigit(tag[end]))
        {
            end++;
        }

        if (end == start || !SkippedHtml.Contains(tag.Substring(start, end - start)) || tag.EndsWith("/>", StringComparison.Ordinal))
        {
            return;
        }

        htmlSkipDepth = closing ? Math.Max(0, htmlSkipDepth - 1) : htmlSkipDepth + 1;
    }

    private void Flush(int insertAt)
    {
        var start = runStart;
        var end = runEnd;
        runStart = runEnd = 0;
        if (end <= start)
        {
            return;
        }

        var found = glossary.Scan(markdown.AsSpan(start, end - start), sense);
        while (found.MoveNext())
        {
            var match = found.Current;
            var absolute = new GlossaryMatch(start + match.Start, match.Length, match.Entry, match.Spelling, match.Evidence, match.Confidence);
            var at = insertAt >= 0 ? SafeAfter(insertAt) : Placement(absolute);
            if (at >= 0 && scope.Admits(match))
            {
                matches.Add(new MarkdownMatch(absolute, at));
            }
        }

        sense = found.State;
    }

    /// <summary>
    /// Where the reference to a term can go without joining what surrounds it into other syntax: after the term,
    /// unless a bracket or parenthesis follows (<c>[^huli-13][x]</c> would be a reference link, <c>[^huli-13](x)</c>
    /// an inline one); then before it, unless <c>]</c>, <c>!</c> or <c>\</c> precedes; otherwise nowhere (-1).
    /// A term that ends an emphasis gets it after the closing delimiter (one that starts it, before the opening
    /// one): in <c>**六统一[^huli-13]**模式</c> the <c>**</c> would follow punctuation and precede a letter, so by
    /// CommonMark's flanking rule it would close nothing.
    /// </summary>
    private int Placement(GlossaryMatch match)
    {
        var after = SafeAfter(OutsideEmphasis(match.End, closing: true));
        if (after >= 0)
        {
            return after;
        }

        var before = OutsideEmphasis(match.Start, closing: false);
        return before > 0 && markdown[before - 1] is ']' or '!' or '\\' ? -1 : before;
    }

    private int OutsideEmphasis(int at, bool closing)
    {
        for (var i = emphases.Count - 1; i >= 0; i--)
        {
            var emphasis = emphases[i];
            if (at != (closing ? emphasis.ContentEnd : emphasis.ContentStart))
            {
                break;
            }

            at = closing ? emphasis.End : emphasis.Start;
        }

        return at;
    }

    private int SafeAfter(int at) => at < markdown.Length && markdown[at] is '[' or '(' ? -1 : at;
}

/// <summary>A match and where its footnote reference goes: right after the term, or after the link that holds it.</summary>
internal readonly record struct MarkdownMatch(GlossaryMatch Match, int InsertAt);
