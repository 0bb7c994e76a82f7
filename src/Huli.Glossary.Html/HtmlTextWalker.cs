using System;
using System.Collections.Generic;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Huli.Glossary.Matching;
using Huli.Glossary.Rendering;

namespace Huli.Glossary.Html;

/// <summary>
/// Finds the matches an HTML document's visible prose holds, with offsets into the document as given. It reads
/// AngleSharp's token stream (whose positions are offsets into the source, CRLF and character references
/// included) and keeps a light stack of open elements to know whether text lies in a skipped subtree.
/// </summary>
/// <remarks>
/// The stack follows the end tags a page writes and the end tags HTML lets it leave out (a new <c>p</c> or block
/// closes an open <c>p</c>, a new <c>li</c> the previous <c>li</c>, and so on); it does not rebuild the whole tree
/// as a browser would (no foster parenting, no adoption agency). Where the two differ, the error is on the side of
/// skipping: an opt-out that a browser would close earlier lasts until its end tag or its parent's.
/// </remarks>
internal sealed class HtmlTextWalker
{
    // Elements whose text is never annotated, whatever they hold.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "head", "title", "script", "style", "template", "textarea", "code", "pre", "kbd", "samp", "var", "a", "abbr",
        "dfn", "button", "select", "option", "optgroup", "datalist", "svg", "math", "noscript", "noframes", "noembed",
        "iframe", "xmp", "plaintext", "object",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    // A start tag of one of these begins a block (for FirstInBlock) and closes an open p, as in HTML.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
        "ul",
    };

    private readonly List<(string Name, bool Skip)> open = new();
    private readonly Glossary glossary;
    private readonly HtmlAnnotationOptions options;
    private readonly ScopeFilter scope;
    // What the page's text so far said (the place, the district's own terms), carried from one text run to the next.
    private SenseState sense;

    private HtmlTextWalker(Glossary glossary, HtmlAnnotationOptions options)
    {
        this.glossary = glossary;
        this.options = options;
        scope = new ScopeFilter(options.Scope);
        sense = new SenseState(options.Scan);
    }

    // Where the notes and the assets go, as offsets into the document; -1 while not seen.
    private int bodyEnd = -1;
    private int headEnd = -1;
    private int headStartEnd = -1;
    private int prologueEnd;
    private bool inPrologue = true;

    // The notes list an earlier pass wrote for the same id prefix: the index of its section in the open stack
    // while inside it, the entries it lists and where its </ol> starts (-1 while not seen).
    private int notesOpenAt = -1;
    private readonly HashSet<int> listed = new();
    private int listEnd = -1;

    private bool Skipping => open.Count > 0 && open[open.Count - 1].Skip;

    /// <summary>The matches of the document's prose, and where a writer inserts the notes and the assets.</summary>
    public static Walked Walk(Glossary glossary, string html, HtmlAnnotationOptions options)
    {
        var walker = new HtmlTextWalker(glossary, options);
        var matches = new List<GlossaryMatch>();
        walker.Walk(html, matches);
        return new Walked(
            matches,
            walker.listEnd >= 0 ? walker.listEnd : walker.bodyEnd >= 0 ? walker.bodyEnd : html.Length,
            walker.headEnd >= 0 ? walker.headEnd : walker.headStartEnd >= 0 ? walker.headStartEnd : walker.prologueEnd,
            walker.listEnd >= 0 ? walker.listed : null,
            html.AsSpan().IndexOf(GlossaryAssets.HeadMarkup.AsSpan()) >= 0);
    }

    private void Walk(string html, List<GlossaryMatch> matches)
    {
        using var source = new TextSource(html);
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var token = tokenizer.Get();
        while (token.Type != HtmlTokenType.EndOfFile)
        {
            var next = tokenizer.Get();

            // A token runs up to the next token; TextPosition.Position counts from 1.
            var start = token.Position.Position - 1;
            var end = next.Position.Position - 1;
            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    inPrologue &= IsWhiteSpace(html, start, end);
                    if (!Skipping)
                    {
                        Text(html, start, end, matches);
                    }

                    break;
                case HtmlTokenType.Doctype when inPrologue:
                    prologueEnd = end;
                    break;
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    StartTag(tag);
                    tokenizer.State = StateAfter(tag.Name);
                    Place(tag.Name, end);
                    break;
                case HtmlTokenType.EndTag when token.Name == "head" && headEnd < 0:
                    headEnd = start;
                    EndTag(token.Name);
                    break;
                case HtmlTokenType.EndTag when token.Name == "body" && bodyEnd < 0:
                    bodyEnd = start;
                    EndTag(token.Name);
                    break;
                case HtmlTokenType.EndTag when token.Name == "ol" && InNotes && listEnd < 0:
                    listEnd = start;
                    EndTag(token.Name);
                    break;
                case HtmlTokenType.EndTag:
                    EndTag(token.Name);
                    break;
            }

            if (notesOpenAt >= open.Count)
            {
                notesOpenAt = -1;
            }

            token = next;
        }
    }

    /// <summary>
    /// Notes where the head's content may go: after the first <c>&lt;head&gt;</c> start tag, or, in a document
    /// that writes none, after the doctype and <c>&lt;html&gt;</c> start tag it opens with, where a browser opens
    /// the head it implies.
    /// </summary>
    private void Place(string name, int end)
    {
        if (name == "head" && headStartEnd < 0)
        {
            headStartEnd = end;
        }

        if (inPrologue && name == "html")
        {
            prologueEnd = end;
        }
        else
        {
            inPrologue = false;
        }
    }

    private static bool IsWhiteSpace(string html, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (html[i] is not (' ' or '\t' or '\n' or '\f' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static HtmlParseMode StateAfter(string name) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };

    private void StartTag(HtmlTagToken tag)
    {
        var name = tag.Name;
        CloseImplied(name);
        if (Headings.Contains(name))
        {
            scope.StartSection();
        }

        if (Blocks.Contains(name))
        {
            scope.StartBlock();
        }

        if (name == "body")
        {
            // Whatever head-level elements were left open end here, as in a browser.
            open.RemoveAll(element => element.Name != "html");
        }

        if (Void.Contains(name) || (tag.IsSelfClosing && InForeignContent(name)))
        {
            return;
        }

        var skip = Skipping
            || Skipped.Contains(name)
            || (Headings.Contains(name) && !options.AnnotateHeadings)
            || OptsOut(tag);
        open.Add((name, skip));
        Recognise(tag);
    }

    private bool InNotes => notesOpenAt >= 0 && notesOpenAt < open.Count;

    /// <summary>
    /// Recognises the notes list an earlier pass with the same id prefix wrote (<c>&lt;section class="huli-glossary-notes"
    /// aria-labelledby="{prefix}notes"&gt;</c>) and the entries its items (<c>&lt;li id="{prefix}note-13"&gt;</c>) hold,
    /// so that annotating a page again adds to that list instead of writing a second one with the same ids.
    /// </summary>
    private void Recognise(HtmlTagToken tag)
    {
        var prefix = options.Output.IdPrefix;
        if (tag.Name == "section" && notesOpenAt < 0 && listEnd < 0
            && HasClass(tag.GetAttribute("class"), "huli-glossary-notes")
            && tag.GetAttribute("aria-labelledby") == prefix + "notes")
        {
            notesOpenAt = open.Count - 1;

            // Skipped even without its opt-out marker, which lists written before the marker lack.
            open[notesOpenAt] = (tag.Name, true);
        }
        else if (tag.Name == "li" && InNotes && listEnd < 0
            && tag.GetAttribute("id") is var id
            && id.StartsWith(prefix + "note-", StringComparison.Ordinal)
            && TryNumber(id, prefix.Length + "note-".Length, out var number))
        {
            listed.Add(number);
        }
    }

    /// <summary>The entry number an id ends with: ASCII digits only, at most nine, so it cannot overflow.</summary>
    private static bool TryNumber(string text, int start, out int number)
    {
        number = 0;
        if (start >= text.Length || text.Length - start > 9)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (text[i] - '0');
        }

        return true;
    }

    private bool InForeignContent(string name)
    {
        if (name is "svg" or "math")
        {
            return true;
        }

        foreach (var (openName, _) in open)
        {
            if (openName is "svg" or "math")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end tags HTML lets a page leave out: what a new start tag closes.</summary>
    private void CloseImplied(string name)
    {
        if (open.Count > 0 && open[open.Count - 1].Name == "head" && !IsHeadContent(name))
        {
            open.RemoveAt(open.Count - 1);
        }

        switch (name)
        {
            case "li":
                CloseWithin("li", "ul", "ol");
                break;
            case "dt" or "dd":
                CloseWithin("dt", "dl");
                CloseWithin("dd", "dl");
                break;
            case "tr":
                CloseWithin("tr", "table");
                break;
            case "td" or "th":
                CloseWithin("td", "tr");
                CloseWithin("th", "tr");
                break;
            case "option":
                CloseTop("option");
                break;
        }

        if (Blocks.Contains(name))
        {
            CloseTop("p");
        }
    }

    private static bool IsHeadContent(string name) => name is "base" or "basefont" or "bgsound" or "link" or "meta" or "title"
        or "script" or "style" or "template" or "noscript" or "noframes";

    private void CloseTop(string name)
    {
        if (open.Count > 0 && open[open.Count - 1].Name == name)
        {
            open.RemoveAt(open.Count - 1);
        }
    }

    private void CloseWithin(string name, string boundary1, string? boundary2 = null)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var openName = open[i].Name;
            if (openName == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }

            if (openName == boundary1 || openName == boundary2)
            {
                return;
            }
        }
    }

    private void EndTag(string name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i].Name == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }

    /// <summary>The markers a page uses to keep a subtree free of annotations.</summary>
    private static bool OptsOut(HtmlTagToken tag)
    {
        foreach (var attribute in tag.Attributes)
        {
            var value = attribute.Value ?? string.Empty;
            switch (attribute.Name)
            {
                case "translate" when value.Trim().Equals("no", StringComparison.OrdinalIgnoreCase):
                case "data-glossary" when value.Trim().Equals("off", StringComparison.OrdinalIgnoreCase):
                    return true;
                case "class" when HasClass(value, "no-glossary"):
                    return true;
            }
        }

        return false;
    }

    private static bool HasClass(string classes, string wanted)
    {
        foreach (var name in classes.Split(AsciiWhiteSpace, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] AsciiWhiteSpace = { ' ', '\t', '\n', '\f', '\r' };

    /// <summary>
    /// Scans the source text of one character token. A character reference (<c>&amp;nbsp;</c>, <c>&amp;#20845;</c>)
    /// is left as it is: the pieces between references are scanned one by one, so no match covers a reference.
    /// </summary>
    private void Text(string html, int start, int end, List<GlossaryMatch> matches)
    {
        var piece = start;
        var i = start;
        while (i < end)
        {
            if (html[i] != '&')
            {
                i++;
                continue;
            }

            Scan(html, piece, i, matches);
            i = ReferenceEnd(html, i + 1, end);
            piece = i;
        }

        Scan(html, piece, end, matches);
    }

    private static int ReferenceEnd(string html, int i, int end)
    {
        if (i < end && html[i] == '#')
        {
            i++;
        }

        while (i < end && (char.IsLetterOrDigit(html[i]) && html[i] < 128))
        {
            i++;
        }

        return i < end && html[i] == ';' ? i + 1 : i;
    }

    private void Scan(string html, int start, int end, List<GlossaryMatch> matches)
    {
        if (end <= start)
        {
            return;
        }

        var found = glossary.Scan(html.AsSpan(start, end - start), sense);
        while (found.MoveNext())
        {
            var match = found.Current;
            if (scope.Admits(match))
            {
                matches.Add(new GlossaryMatch(start + match.Start, match.Length, match.Entry, match.Spelling, match.Evidence, match.Confidence));
            }
        }

        sense = found.State;
    }
}

/// <summary>What <see cref="HtmlTextWalker"/> found in a document.</summary>
/// <param name="Matches">The matches to mark, in document order.</param>
/// <param name="NotesAt">Where the notes list goes: before the first <c>&lt;/body&gt;</c>, else at the end.</param>
/// <param name="AssetsAt">Where the assets go: before the first <c>&lt;/head&gt;</c>, else after the <c>&lt;head&gt;</c>
/// start tag, else after the doctype and <c>&lt;html&gt;</c> start tag the document opens with (0 without them).</param>
/// <param name="Listed">The entries a notes list of an earlier pass already holds, when the document has one for
/// the same id prefix; then <paramref name="NotesAt"/> is before that list's <c>&lt;/ol&gt;</c>. Null without one.</param>
/// <param name="HasAssets">Whether the document already holds <see cref="GlossaryAssets.HeadMarkup"/>.</param>
internal sealed record Walked(List<GlossaryMatch> Matches, int NotesAt, int AssetsAt, HashSet<int>? Listed, bool HasAssets);
