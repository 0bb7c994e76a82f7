using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Extraction;

/// <summary>
/// Finds a report's explanations section and reads its entries, whatever their layout. Patterns are tested on the
/// folded lines (so １．, 1. and 1． are one numbering and 名詞解釋 is 名词解释); text is taken from the lines as written.
/// </summary>
internal static class SectionReader
{
    /// <summary>A colon further than this into an entry's line belongs to its definition, not after its term.</summary>
    public const int MaxTermLength = 40;

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // A heading line, separators and quotes removed: an optional annex label, an optional 《title》 and 有关/内容/的,
    // then 名词 or 术语 (optional) and 解释, 注释, 注解 or 释义. 注：… with text after it is a remark, not a heading.
    private static readonly Regex Heading = new(
        @"^(附件[0-9一二三四五六七八九十]*[:.、]?)?(《[^》]{1,40}》)?(有关)?(内容)?(的)?(名词|术语)?(解释|注释|注解|释义)[:]?$",
        Options);

    private static readonly Regex DateLine = new(@"^[0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月([0-9一二三四五六七八九十]{1,3}日)?$", Options);

    // A line that signs a report off: a short organ name standing alone.
    private static readonly Regex Signature = new(@"^.{2,20}(人民政府|办公厅|办公室|委员会|常务委员会)$", Options);

    // Words of the page around a web copy (footers, comment boxes, site maps), never of an explanation line.
    private static readonly string[] Furniture =
    [
        "http:", "https:", "www.", ".html", ".htm", "本文地址", "本文来源", "本文仅代表", "本站", "转载请", "责任编辑", "验证码",
        "网站地图", "上一篇", "下一篇", "扫一扫", "版权所有", "copyright", "icp备", "条评论", "发表评论", "留言与评论", "打印本页", "关闭窗口",
    ];

    private enum Marker
    {
        None,
        Number,
        Bullet,
        Bracket,
        Paren,
    }

    /// <summary>The section's heading line (0-based) and its entries; heading -1 when no heading is followed by an entry.</summary>
    public static (int Heading, List<SectionEntry> Entries) Read(ReportLines lines, List<GlossaryExtractionWarning> warnings)
    {
        // The last heading that has entries: a contents list or a mention early in the report comes before the section.
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!IsHeading(lines.Folded[i]))
            {
                continue;
            }

            var found = new List<GlossaryExtractionWarning>();
            var entries = ReadEntries(lines, i + 1, found);
            if (entries.Count > 0)
            {
                warnings.AddRange(found);
                return (i, entries);
            }
        }

        return (-1, []);
    }

    public static bool IsHeading(string folded)
    {
        var core = Strip(folded);
        return core.Length is > 0 and <= 60 && Heading.IsMatch(core);
    }

    /// <summary>Reads the entries from line <paramref name="first"/> to the end of the section.</summary>
    public static List<SectionEntry> ReadEntries(ReportLines lines, int first, List<GlossaryExtractionWarning> warnings)
    {
        var entries = new List<SectionEntry>();
        var start = first;
        while (start < lines.Count && lines.IsBlank(start))
        {
            start++;
        }

        if (start == lines.Count)
        {
            return entries;
        }

        var family = Family(ReadMarker(lines.Folded[start]).Kind);
        int? line = null;
        string? term = null;
        var definition = new StringBuilder();
        var blankBefore = false;
        var position = 0;

        for (var i = start; i < lines.Count; i++)
        {
            if (lines.IsBlank(i))
            {
                blankBefore = true;
                continue;
            }

            var folded = lines.Folded[i];
            var (kind, written, content) = ReadMarker(folded);
            // 2.5平方公里… continuing a definition is no entry 2: a number followed by a digit is an entry's only when
            // it is the next number and a term follows (14.2025年10件民生实事：…).
            var isEntry = Family(kind) == family && (family != Marker.None || !IsFurniture(folded))
                && (kind is Marker.Bullet or Marker.None || !StartsWithDigit(folded, content)
                    || (written == position + 1 && (Split(lines.Text[i], folded, content, out _) || IsTermOnly(folded, content))));
            if (isEntry && family == Marker.None)
            {
                isEntry = Split(lines.Text[i], folded, content, out _) || (IsTermOnly(folded, content) && NextIsText(lines, i));
            }

            if (!isEntry)
            {
                var awaitingDefinition = term is not null && definition.Length == 0;
                if (EndsSection(folded) || (blankBefore && !awaitingDefinition) || position == 0)
                {
                    break;
                }

                // The lines of an entry that could not be read go with it.
                if (term is null)
                {
                    continue;
                }

                definition.Append(definition.Length == 0 ? string.Empty : "\n").Append(lines.Text[i]);
                blankBefore = false;
                continue;
            }

            Flush();
            position++;
            blankBefore = false;
            if (kind is not (Marker.Bullet or Marker.None) && written != position)
            {
                warnings.Add(new(i + 1, string.Format(CultureInfo.InvariantCulture, "entry {0} is numbered {1}; numbers must run 1, 2, 3…, so it keeps its position, {0}.", position, written)));
            }

            line = i + 1;
            if (Split(lines.Text[i], folded, content, out var colon))
            {
                term = lines.Text[i].Substring(content, colon - content).Trim();
                definition.Append(lines.Text[i].Substring(colon + 1).Trim());
            }
            else if (IsTermOnly(folded, content))
            {
                term = lines.Text[i].Substring(content).Trim();
            }
            else
            {
                warnings.Add(new(i + 1, string.Format(CultureInfo.InvariantCulture, "entry {0} has no colon within its first {1} characters and is not a term standing alone, so its term cannot be told from its definition; it was left out.", position, MaxTermLength)));
                term = null;
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (term is not null && line is { } at)
            {
                if (term.Length == 0 || definition.Length == 0)
                {
                    warnings.Add(new(at, string.Format(CultureInfo.InvariantCulture, "entry {0} has {1}; it was left out.", position, term.Length == 0 ? "no term before its colon" : "no definition")));
                }
                else
                {
                    entries.Add(new SectionEntry(position, at, term, definition.ToString()));
                }
            }

            term = null;
            line = null;
            definition.Clear();
        }
    }

    /// <summary>Whether a line that is no entry ends the section: the next annex, a date or signature, page furniture.</summary>
    public static bool EndsSection(string folded)
    {
        var core = Strip(folded);
        if (core.StartsWith("附件", StringComparison.Ordinal))
        {
            return core.Length == 2 || "0123456789一二三四五六七八九十:.、".AsSpan().IndexOf(core[2]) >= 0;
        }

        return DateLine.IsMatch(core) || Signature.IsMatch(core) || IsFurniture(folded);
    }

    public static bool IsFurniture(string folded)
    {
        foreach (var word in Furniture)
        {
            if (folded.AsSpan().IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits an entry's line at the first colon outside quotes and brackets, within <see cref="MaxTermLength"/>.</summary>
    public static bool Split(string text, string folded, int content, out int colon)
    {
        var depth = 0;
        var symmetricOpen = false;
        var end = Math.Min(folded.Length, content + MaxTermLength + 1);
        for (var i = content; i < end; i++)
        {
            var c = text[i];
            switch (folded[i])
            {
                case ':' when depth == 0 && !symmetricOpen:
                    colon = i;
                    return i > content;
                case '《' or '(' or '[' or '【':
                    depth++;
                    continue;
                case '》' or ')' or ']' or '】':
                    depth = Math.Max(0, depth - 1);
                    continue;
            }

            if (TextFolding.ClosingOf(c) != '\0')
            {
                depth++;
            }
            else if (TextFolding.OpeningOf(c) != '\0')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (TextFolding.IsSymmetricQuote(c))
            {
                symmetricOpen = !symmetricOpen;
            }
        }

        colon = -1;
        return false;
    }

    /// <summary>A term standing alone on its line, its definition on the next: short, with no sentence's punctuation.</summary>
    public static bool IsTermOnly(string folded, int content)
    {
        var length = folded.Length - content;
        if (length is 0 or > MaxTermLength)
        {
            return false;
        }

        for (var i = content; i < folded.Length; i++)
        {
            if (folded[i] is '。' or ',' or ';' or ':' or '!' or '?')
            {
                return false;
            }
        }

        return true;
    }

    private static bool NextIsText(ReportLines lines, int line)
    {
        for (var i = line + 1; i < lines.Count; i++)
        {
            if (!lines.IsBlank(i))
            {
                return !EndsSection(lines.Folded[i]) && !Split(lines.Text[i], lines.Folded[i], 0, out _) && !IsTermOnly(lines.Folded[i], 0);
            }
        }

        return false;
    }

    private static Marker Family(Marker kind) => kind == Marker.Bullet ? Marker.Number : kind;

    private static bool StartsWithDigit(string folded, int content) => content < folded.Length && folded[content] is >= '0' and <= '9';

    /// <summary>The line's numbering: its kind, the number written (0 for none) and where the entry's text starts.</summary>
    private static (Marker Kind, int Written, int Content) ReadMarker(string folded)
    {
        if (folded.Length == 0)
        {
            return (Marker.None, 0, 0);
        }

        var first = folded[0];
        if (first is >= '0' and <= '9' || (first is '[' or '(' && folded.Length > 1 && folded[1] is >= '0' and <= '9'))
        {
            var digits = first is '[' or '(' ? 1 : 0;
            var i = digits;
            var number = 0;
            while (i < folded.Length && folded[i] is >= '0' and <= '9' && i - digits < 4)
            {
                number = (number * 10) + (folded[i++] - '0');
            }

            var kind = (first, i < folded.Length ? folded[i] : '\0') switch
            {
                (>= '0' and <= '9', '.' or '、') => Marker.Number,
                ('[', ']') => Marker.Bracket,
                ('(', ')') => Marker.Paren,
                _ => Marker.None,
            };
            return kind == Marker.None ? (Marker.None, 0, 0) : (kind, number, SkipSeparators(folded, i + 1));
        }

        return first is '.' or '·' or '•' or '●' or '▪' or '◆' or '■' or '○'
            ? (Marker.Bullet, 0, SkipSeparators(folded, 1))
            : (Marker.None, 0, 0);
    }

    private static int SkipSeparators(string folded, int i)
    {
        while (i < folded.Length && folded[i] == TextFolding.Separator)
        {
            i++;
        }

        return i;
    }

    private static string Strip(string folded)
    {
        var core = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is not (TextFolding.Separator or TextFolding.Ignorable))
            {
                core.Append(c);
            }
        }

        return core.ToString();
    }
}
