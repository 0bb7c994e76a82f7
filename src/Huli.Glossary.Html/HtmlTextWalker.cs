using System;
using System.Collections.Generic;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
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
        notesLabel = options.Output.IdPrefix + "notes";
        notePrefix = options.Output.IdPrefix + "note-";
    }

    // What the notes list of an earlier pass with the same id prefix writes: its aria-labelledby and its items' ids.
    private readonly string notesLabel;
    private readonly string notePrefix;

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
        // The struct tokens over a memory source: their names, attribute values and text are slices of the page
        // rather than strings made for each token (about 30 bytes allocated per character of a page otherwise).
        using var source = new TextSource(new ReadOnlyMemoryTextSource(html));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);

        // A token runs up to the next token, so what needs its end waits for that token's start.
        var pending = HtmlTokenType.EndOfFile;
        var pendingStart = 0;
        var pendingSkipping = false;
        string? pendingName = null;
        while (true)
        {
            var token = tokenizer.GetStructToken();

            // TextPosition.Position counts from 1.
            var start = token.Position.Position - 1;
            switch (pending)
            {
                case HtmlTokenType.Character:
                    inPrologue &= IsWhiteSpace(html, pendingStart, start);
                    if (!pendingSkipping)
                    {
                        Text(html, pendingStart, start, matches);
                    }

                    break;
                case HtmlTokenType.Doctype:
                    prologueEnd = start;
                    break;
                case HtmlTokenType.StartTag:
                    Place(pendingName!, start);
                    break;
            }

            pending = HtmlTokenType.EndOfFile;
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return;
                case HtmlTokenType.Character:
                    pending = token.Type;
                    pendingStart = start;
                    pendingSkipping = Skipping;
                    break;
                case HtmlTokenType.Doctype when inPrologue:
                    pending = token.Type;
                    break;
                case HtmlTokenType.StartTag:
                    var element = ElementNames.Find(token.Name);
                    StartTag(ref token, element);

                    // As the tree builder would, before the tokenizer reads what the element holds.
                    tokenizer.State = StateAfter(element.Name);
                    pending = token.Type;
                    pendingName = element.Name;
                    break;
                case HtmlTokenType.EndTag:
                    EndTag(token.Name, start);
                    break;
            }

            if (notesOpenAt >= open.Count)
            {
                notesOpenAt = -1;
            }
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

    private void StartTag(ref StructHtmlToken tag, (string Name, ElementKind Kind) element)
    {
        var (name, kind) = element;
        CloseImplied(name, kind);
        if ((kind & ElementKind.Heading) != 0)
        {
            scope.StartSection();
        }

        if ((kind & ElementKind.Block) != 0)
        {
            scope.StartBlock();
        }

        if (name == "body")
        {
            // Whatever head-level elements were left open end here, as in a browser.
            open.RemoveAll(element => element.Name != "html");
        }

        if ((kind & ElementKind.Void) != 0 || (tag.IsSelfClosing && InForeignContent(name)))
        {
            return;
        }

        var skip = Skipping
            || (kind & ElementKind.Skipped) != 0
            || ((kind & ElementKind.Heading) != 0 && !options.AnnotateHeadings)
            || OptsOut(ref tag);
        open.Add((name, skip));
        Recognise(ref tag, name);
    }

    private bool InNotes => notesOpenAt >= 0 && notesOpenAt < open.Count;

    /// <summary>
    /// Recognises the notes list an earlier pass with the same id prefix wrote (<c>&lt;section class="huli-glossary-notes"
    /// aria-labelledby="{prefix}notes"&gt;</c>) and the entries its items (<c>&lt;li id="{prefix}note-13"&gt;</c>) hold,
    /// so that annotating a page again adds to that list instead of writing a second one with the same ids.
    /// </summary>
    private void Recognise(ref StructHtmlToken tag, string name)
    {
        if (name == "section" && notesOpenAt < 0 && listEnd < 0
            && HasClass(tag.GetAttribute("class"), "huli-glossary-notes")
            && ((ReadOnlySpan<char>)tag.GetAttribute("aria-labelledby")).SequenceEqual(notesLabel.AsSpan()))
        {
            notesOpenAt = open.Count - 1;

            // Skipped even without its opt-out marker, which lists written before the marker lack.
            open[notesOpenAt] = (name, true);
        }
        else if (name == "li" && InNotes && listEnd < 0)
        {
            ReadOnlySpan<char> id = tag.GetAttribute("id");
            if (id.StartsWith(notePrefix.AsSpan(), StringComparison.Ordinal) && TryNumber(id.Slice(notePrefix.Length), out var number))
            {
                listed.Add(number);
            }
        }
    }

    /// <summary>The entry number an id ends with: ASCII digits only, at most nine, so it cannot overflow.</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, out int number)
    {
        number = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
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
    private void CloseImplied(string name, ElementKind kind)
    {
        if (open.Count > 0 && open[open.Count - 1].Name == "head" && (kind & ElementKind.HeadContent) == 0)
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

        if ((kind & ElementKind.Block) != 0)
        {
            CloseTop("p");
        }
    }

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

    private void EndTag(ReadOnlySpan<char> name, int start)
    {
        if (headEnd < 0 && name.SequenceEqual("head".AsSpan()))
        {
            headEnd = start;
        }
        else if (bodyEnd < 0 && name.SequenceEqual("body".AsSpan()))
        {
            bodyEnd = start;
        }
        else if (listEnd < 0 && InNotes && name.SequenceEqual("ol".AsSpan()))
        {
            listEnd = start;
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (name.SequenceEqual(open[i].Name.AsSpan()))
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }

    /// <summary>The markers a page uses to keep a subtree free of annotations.</summary>
    private static bool OptsOut(ref StructHtmlToken tag)
    {
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            ReadOnlySpan<char> name = attribute.Name;
            ReadOnlySpan<char> value = attribute.Value;
            if ((name.SequenceEqual("translate".AsSpan()) && value.Trim().Equals("no".AsSpan(), StringComparison.OrdinalIgnoreCase))
                || (name.SequenceEqual("data-glossary".AsSpan()) && value.Trim().Equals("off".AsSpan(), StringComparison.OrdinalIgnoreCase))
                || (name.SequenceEqual("class".AsSpan()) && HasClass(value, "no-glossary")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a class attribute's value names <paramref name="wanted"/> among its space-separated classes.</summary>
    private static bool HasClass(ReadOnlySpan<char> classes, string wanted)
    {
        while (!classes.IsEmpty)
        {
            var end = classes.IndexOfAny(AsciiWhiteSpace);
            var name = end < 0 ? classes : classes.Slice(0, end);
            if (name.SequenceEqual(wanted.AsSpan()))
            {
                return true;
            }

            classes = end < 0 ? default : classes.Slice(end + 1);
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
        while (piece < end)
        {
            var reference = html.AsSpan(piece, end - piece).IndexOf('&');
            if (reference < 0)
            {
                break;
            }

            Scan(html, piece, piece + reference, matches);
            piece = ReferenceEnd(html, piece + reference + 1, end);
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
