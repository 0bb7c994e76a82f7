using System;
using System.Collections.Generic;
using System.Text;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Extraction;

/// <summary>
/// A report cut into lines, each kept as written (trimmed) and folded, so that patterns are tested on one form
/// (full-width digits, traditional characters and every colon look alike) while terms and definitions are taken
/// from the other, unit for unit.
/// </summary>
internal sealed class ReportLines
{
    private ReportLines(List<int> starts, List<string> text, List<string> folded, string report)
    {
        Starts = starts;
        Text = text;
        Folded = folded;
        Report = report;
    }

    public string Report { get; }

    /// <summary>Where each line starts in <see cref="Report"/>.</summary>
    public IReadOnlyList<int> Starts { get; }

    /// <summary>Each line without surrounding white space (ideographic spaces included).</summary>
    public IReadOnlyList<string> Text { get; }

    /// <summary><see cref="Text"/> folded unit by unit: same length, same positions.</summary>
    public IReadOnlyList<string> Folded { get; }

    public int Count => Text.Count;

    public static ReportLines Split(string report)
    {
        var starts = new List<int>();
        var text = new List<string>();
        var folded = new List<string>();
        var start = 0;
        while (start <= report.Length)
        {
            var end = report.IndexOfAny(['\n', '\r'], start);
            if (end < 0)
            {
                end = report.Length;
            }

            var line = report.Substring(start, end - start).Trim();
            starts.Add(start);
            text.Add(line);
            folded.Add(Fold(line));
            start = end + (end + 1 < report.Length && report[end] == '\r' && report[end + 1] == '\n' ? 2 : 1);
        }

        return new ReportLines(starts, text, folded, report);
    }

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(TextFolding.FoldChar(c));
        }

        return folded.ToString();
    }

    public bool IsBlank(int line) => Text[line].Length == 0;
}
