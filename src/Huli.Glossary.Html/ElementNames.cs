using System;

namespace Huli.Glossary.Html;

/// <summary>What an element means to <see cref="HtmlTextWalker"/>.</summary>
[Flags]
internal enum ElementKind
{
    None = 0,

    /// <summary>Its text is never annotated, whatever it holds.</summary>
    Skipped = 1,

    /// <summary>It has no content and no end tag.</summary>
    Void = 2,

    /// <summary>A heading: it starts a section.</summary>
    Heading = 4,

    /// <summary>Its start tag begins a block (for <see cref="AnnotationScope.FirstInBlock"/>) and closes an open <c>p</c>, as in HTML.</summary>
    Block = 8,

    /// <summary>It may stand in the head; any other start tag ends a head left open.</summary>
    HeadContent = 16,
}

/// <summary>
/// The element names the walker knows, each held once with its <see cref="ElementKind"/>, found from a tag token's
/// characters without making a string: a page's tags are nearly all known names, so the open-element stack holds these
/// instances and only an unknown name (a custom element) costs a string.
/// </summary>
internal static class ElementNames
{
    private const int Mask = 255;

    private static readonly (string Name, ElementKind Kind)[] Slots = Build();

    /// <summary>The name as the walker holds it, and what it means; an unknown name is copied, with <see cref="ElementKind.None"/>.</summary>
    public static (string Name, ElementKind Kind) Find(ReadOnlySpan<char> name)
    {
        for (var i = Hash(name) & Mask; Slots[i].Name is { } known; i = (i + 1) & Mask)
        {
            if (name.SequenceEqual(known.AsSpan()))
            {
                return Slots[i];
            }
        }

        return (name.ToString(), ElementKind.None);
    }

    private static (string, ElementKind)[] Build()
    {
        var slots = new (string Name, ElementKind Kind)[Mask + 1];
        void Add(ElementKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                var i = Hash(name.AsSpan()) & Mask;
                while (slots[i].Name is { } known && known != name)
                {
                    i = (i + 1) & Mask;
                }

                slots[i] = (name, slots[i].Kind | kind);
            }
        }

        Add(
            ElementKind.Skipped,
            "head", "title", "script", "style", "template", "textarea", "code", "pre", "kbd", "samp", "var", "a", "abbr",
            "dfn", "button", "select", "option", "optgroup", "datalist", "svg", "math", "noscript", "noframes", "noembed",
            "iframe", "xmp", "plaintext", "object");
        Add(
            ElementKind.Void,
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
            "keygen", "basefont", "bgsound", "frame");
        Add(ElementKind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(
            ElementKind.Block,
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
            "ul");
        Add(
            ElementKind.HeadContent,
            "base", "basefont", "bgsound", "link", "meta", "title", "script", "style", "template", "noscript", "noframes");

        // Names with no meaning of their own, known so that the stack need not copy them.
        Add(
            ElementKind.None,
            "html", "span", "b", "i", "u", "s", "em", "strong", "small", "sub", "sup", "mark", "q", "cite", "time", "label",
            "font", "tbody", "thead", "tfoot", "colgroup", "picture", "video", "audio", "canvas", "ins", "del", "bdi", "bdo",
            "ruby", "rt", "rp", "data", "output", "progress", "meter", "legend", "big", "tt", "strike", "nobr", "slot");
        return slots;
    }

    private static int Hash(ReadOnlySpan<char> name)
    {
        // FNV-1a over the UTF-16 code units: tag names are short, and the table is small enough that this spreads them.
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 16));
    }
}
