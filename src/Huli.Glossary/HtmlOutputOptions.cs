using System;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// How HTML annotation names its elements, links each term's entry and wraps the text. Immutable (init-only,
/// checked when set) and thread-safe.
/// </summary>
/// <example><c>new AnnotationOptions { Format = AnnotationFormat.Html, Html = new() { IdPrefix = "part2-", Standalone = true } }</c></example>
public sealed class HtmlOutputOptions
{
    private readonly string idPrefix = "huli-glossary-";
    private readonly string title = "名词解释";

    /// <summary>The options used when none are given: ids starting with <c>huli-glossary-</c>, no link to an entry, a fragment, not a page.</summary>
    public static HtmlOutputOptions Default { get; } = new();

    /// <summary>What every id the output writes starts with (<c>huli-glossary-note-13</c>); <c>huli-glossary-</c> unless set.</summary>
    /// <remarks>Give each annotated fragment of one page its own prefix, so their notes keep apart: two fragments
    /// with the default prefix that both use entry 13 would write the id <c>huli-glossary-note-13</c> twice.</remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value does not start with an ASCII letter or holds other characters than ASCII letters, digits, '-' and '_'.</exception>
    public string IdPrefix
    {
        get => idPrefix;
        init
        {
            Guard.NotNull(value);
            if (!IsIdPrefix(value))
            {
                throw new ArgumentException($"The id prefix '{value}' must start with an ASCII letter and hold only ASCII letters, digits, '-' and '_'.", nameof(value));
            }

            idPrefix = value;
        }
    }

    /// <summary>
    /// The address of an entry, with <c>{number}</c> standing for its number; null (no link) unless set; null or
    /// empty for no link.
    /// </summary>
    /// <remarks>No link is needed to read a definition: the notes list holds every one the text uses. Set it to where
    /// you publish the glossary, e.g. the anchors of docs/glossary.md (<c>entry-{number}</c>) on your own site; a
    /// glossary of your own needs its own page, since entry 40 of it is not entry 40 of anyone else's.</remarks>
    /// <example><c>EntryLink = "/glossary.html#entry-{number}"</c> links entry 13 to /glossary.html#entry-13.</example>
    public string? EntryLink { get; init; }

    /// <summary>Whether the output is a complete page (doctype, <c>lang="zh-CN"</c>, viewport, title, the CSS and
    /// JavaScript of <see cref="GlossaryAssets"/> inline) rather than a fragment to put into a page; false unless set.</summary>
    public bool Standalone { get; init; }

    /// <summary>The page's title and heading when <see cref="Standalone"/>; 名词解释 unless set.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Title
    {
        get => title;
        init => title = Guard.NotNull(value);
    }

    private static bool IsIdPrefix(string value)
    {
        if (value.Length == 0 || !IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9') and not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
