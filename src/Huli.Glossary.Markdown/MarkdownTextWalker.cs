using System;
using System.Collections.Generic;
using Huli.Glossary.Markup;
using Markdig;
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
    /// <summary>The dialect read: CommonMark, GFM pipe tables, footnotes and YAML front matter.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
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
    private readonly List<LiteralInline> run = new();
    private int htmlSkipDepth;

    private MarkdownTextWalker(Glossary glossary, string markdown, MarkdownAnnotationOptions options)
    {
        this.glossary = glossary;
        this.markdown = markdown;
        this.options = options;
        scope = new ScopeFilter(options.Scope);
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
                case LiteralInline literal when htmlSkipDepth == 0 && IsExact(literal):
                    if (run.Count > 0 && run[run.Count - 1].Span.End + 1 != literal.Span.Start)
                    {
                        Flush(insertAt);
                    }

                    run.Add(literal);
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

    private bool IsExact(LiteralInline literal)
    {
        var span = literal.Span;
        var content = literal.Content;
        return span.Start >= 0 && span.Length == content.Length && span.End < markdown.Length
            && markdown.AsSpan(span.Start, span.Length).SequenceEqual(content.AsSpan());
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
        if (run.Count == 0)
        {
            return;
        }

        var start = run[0].Span.Start;
        var end = run[run.Count - 1].Span.End + 1;
        run.Clear();
        foreach (var match in glossary.Scan(markdown.AsSpan(start, end - start)))
        {
            if (scope.Admits(match))
            {
                var absolute = new GlossaryMatch(start + match.Start, match.Length, match.Entry, match.Spelling);
                matches.Add(new MarkdownMatch(absolute, insertAt >= 0 ? insertAt : absolute.End));
            }
        }
    }
}

/// <summary>A match and where its footnote reference goes: right after the term, or after the link that holds it.</summary>
internal readonly record struct MarkdownMatch(GlossaryMatch Match, int InsertAt);
