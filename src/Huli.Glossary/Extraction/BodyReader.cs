using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Extraction;

/// <summary>
/// The report's body (everything before the explanations): its sentences with their heading paths, and its note
/// markers (［3］, [3], ³). Each entry's usages are the sentences the glossary's own matcher finds it in, and the
/// sentences whose marker carries its number.
/// </summary>
internal sealed class BodyReader
{
    /// <summary>What a usage's section is when the sentence stands before the first heading.</summary>
    public const string NoHeading = "正文";

    private const string PathSeparator = " › ";

    /// <summary>A heading standing alone is short and is followed by a paragraph or by a numbered heading.</summary>
    private const int MaxHeadingLength = 40;

    private static readonly Regex Level1 = new(@"^[一二三四五六七八九十]{1,3}、", RegexOptions.CultureInvariant);
    private static readonly Regex Level2 = new(@"^\([一二三四五六七八九十]{1,3}\)", RegexOptions.CultureInvariant);
    private static readonly Regex Marker = new(@"［(\d{1,3})］|\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})", RegexOptions.CultureInvariant);
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private readonly List<(int Start, int End, string Section)> sentences = [];
    private readonly string report;

    private BodyReader(string report) => this.report = report;

    /// <summary>The body's length: it ends where the section's heading line starts.</summary>
    public int Length { get; private set; }

    public static BodyReader Read(ReportLines lines, int headingLine)
    {
        var body = new BodyReader(lines.Report) { Length = lines.Starts[headingLine] };
        var level1 = (string?)null;
        var level2 = (string?)null;
        for (var i = 0; i < headingLine; i++)
        {
            var text = lines.Text[i];
            if (text.Length == 0)
            {
                continue;
            }

            var folded = lines.Folded[i];
            if (IsLevel1(lines, i, headingLine))
            {
                level1 = Collapse(text);
                level2 = null;
                continue;
            }

            if (Level2.IsMatch(folded))
            {
                // （一）… may be a heading line or the first sentence of its paragraph.
                var end = folded.IndexOf('。');
                level2 = Collapse(end < 0 ? text : text.Substring(0, end));
                if (end < 0 || end == folded.Length - 1)
                {
                    continue;
                }
            }

            var section = level1 is null && level2 is null
                ? NoHeading
                : string.Join(PathSeparator, new[] { level1, level2 }.Where(part => part is not null));
            body.AddSentences(lines.Report.IndexOf(text, lines.Starts[i], StringComparison.Ordinal), text.Length, section);
        }

        return body;
    }

    /// <summary>The sentence around <paramref name="offset"/> and its section; null when the offset is in no sentence.</summary>
    public UsageDraft? SentenceAt(int offset)
    {
        var low = 0;
        var high = sentences.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (offset < sentences[mid].Start)
            {
                high = mid - 1;
            }
            else if (offset >= sentences[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                var (start, end, section) = sentences[mid];
                return new UsageDraft(section, report.Substring(start, end - start).Trim());
            }
        }

        return null;
    }

    /// <summary>Every note marker of the body: its offset and number.</summary>
    public IEnumerable<(int Offset, int Number)> Markers()
    {
        foreach (Match match in Marker.Matches(report.Substring(0, Length)))
        {
            var digits = match.Groups[1].Success ? match.Groups[1].Value
                : match.Groups[2].Success ? match.Groups[2].Value
                : new string(match.Groups[3].Value.Select(c => (char)('0' + Superscripts.IndexOf(c))).ToArray());
            yield return (match.Index, int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        }
    }

    private static bool IsLevel1(ReportLines lines, int line, int headingLine)
    {
        var folded = lines.Folded[line];
        if (folded.Length > MaxHeadingLength || folded.IndexOfAny(['。', ',', ';', ':', '!', '?']) >= 0)
        {
            return false;
        }

        if (Level1.IsMatch(folded))
        {
            return true;
        }

        // A heading standing alone, unnumbered (2024年工作回顾): no spaces inside (a spaced-out title or a
        // signature line is not one), and a paragraph or a numbered heading after it.
        if (folded.AsSpan().IndexOfAny(TextFolding.Separator, TextFolding.Ignorable) >= 0)
        {
            return false;
        }

        for (var next = line + 1; next < headingLine; next++)
        {
            if (lines.Text[next].Length > 0)
            {
                return lines.Folded[next].Length > MaxHeadingLength || Level1.IsMatch(lines.Folded[next]) || Level2.IsMatch(lines.Folded[next]);
            }
        }

        return false;
    }

    private static string Collapse(string heading) => heading.Trim();

    private void AddSentences(int start, int length, string section)
    {
        var end = start + length;
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (report[i] is not ('。' or '！' or '？' or '!' or '?'))
            {
                continue;
            }

            // Closing quotation marks after the full stop belong to the sentence.
            while (i + 1 < end && TextFolding.IsQuote(report[i + 1]) && TextFolding.OpeningOf(report[i + 1]) != '\0')
            {
                i++;
            }

            sentences.Add((from, i + 1, section));
            from = i + 1;
        }

        if (from < end && report.Substring(from, end - from).Trim().Length > 0)
        {
            sentences.Add((from, end, section));
        }
    }
}
