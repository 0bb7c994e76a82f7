using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Huli.Glossary.Folding;

namespace Huli.Glossary.Extraction;

/// <summary>The steps of <see cref="GlossaryExtractor.Extract(string)"/>: section, entries, spellings, usages.</summary>
internal static class ReportExtraction
{
    public static GlossaryExtraction Run(string report)
    {
        var warnings = new List<GlossaryExtractionWarning>();
        var lines = ReportLines.Split(Writable(report, warnings));
        var (heading, entries) = SectionReader.Read(lines, warnings);
        if (heading < 0)
        {
            warnings.Add(new(0, NoSection(lines)));
            return new GlossaryExtraction(EntryBuilder.Build([], null, null), null, 0, warnings);
        }

        var drafts = Spellings(entries.Select(Analyse).ToList(), warnings);
        var source = ReportTitle(lines, heading);
        var title = source is null ? lines.Text[heading] : $"{source} {lines.Text[heading]}";
        var body = BodyReader.Read(lines, heading);
        var withUsages = Usages(drafts, EntryBuilder.Build(drafts, title, source), body, lines.Report, warnings);
        return new GlossaryExtraction(EntryBuilder.Build(withUsages, title, source), lines.Text[heading], heading + 1, warnings);
    }

    private static EntryDraft Analyse(SectionEntry entry)
    {
        // A note names a passage of the body, not a term: its text has no short forms and its definition no list.
        var isNote = EntryAnalysis.IsNote(entry.Term);
        var aliases = isNote ? [] : TermShape.Aliases(entry.Term)
            .Select(alias => new AliasDraft(alias.Text, EntryAnalysis.Classify(alias.Text, alias.Before, alias.After), EntryAnalysis.Pinyin(alias.Text)))
            .ToList();
        return new EntryDraft(
            entry.Number,
            isNote,
            entry.Term,
            EntryAnalysis.Classify(entry.Term, null, null),
            EntryAnalysis.Pinyin(entry.Term),
            aliases,
            entry.Definition,
            isNote ? [] : EntryAnalysis.Components(entry.Definition),
            []);
    }

    /// <summary>
    /// Keeps each folded spelling with one entry: a term spelled like an earlier one leaves its entry out, an alias
    /// spelled like another entry's term is dropped, and a short form two entries share (1+8 in two “1+8” plans)
    /// goes to neither.
    /// </summary>
    private static List<EntryDraft> Spellings(List<EntryDraft> drafts, List<GlossaryExtractionWarning> warnings)
    {
        var terms = new Dictionary<string, EntryDraft>(StringComparer.Ordinal);
        var kept = new List<EntryDraft>();
        foreach (var draft in drafts)
        {
            var key = TextFolding.FoldKey(draft.Term.AsSpan());
            if (key.Length == 0 || terms.TryGetValue(key, out _))
            {
                warnings.Add(new(0, key.Length == 0
                    ? Invariant($"entry {draft.Number} ({draft.Term}) has a term of quotation marks and spaces only; it was left out.")
                    : Invariant($"entry {draft.Number} ({draft.Term}) is spelled like entry {terms[key].Number} once folded; it was left out.")));
                continue;
            }

            terms.Add(key, draft);
            kept.Add(draft);
        }

        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var draft in kept)
        {
            foreach (var alias in draft.Aliases)
            {
                var key = TextFolding.FoldKey(alias.Text.AsSpan());
                if (!owners.TryGetValue(key, out var list))
                {
                    owners.Add(key, list = []);
                }

                if (!list.Contains(draft.Number))
                {
                    list.Add(draft.Number);
                }
            }
        }

        foreach (var pair in owners.Where(pair => pair.Value.Count > 1 && !terms.ContainsKey(pair.Key)))
        {
            warnings.Add(new(0, Invariant($"the short form '{pair.Key}' belongs to entries {string.Join(" and ", pair.Value)}; neither keeps it as an alias.")));
        }

        return kept.Select(draft =>
        {
            var termKey = TextFolding.FoldKey(draft.Term.AsSpan());
            var seen = new HashSet<string>(StringComparer.Ordinal) { termKey };
            var aliases = draft.Aliases.Where(alias =>
            {
                var key = TextFolding.FoldKey(alias.Text.AsSpan());
                return key.Length > 0 && seen.Add(key) && !terms.ContainsKey(key) && owners[key].Count == 1;
            }).ToList();
            return draft with { Aliases = aliases };
        }).ToList();
    }

    private static List<EntryDraft> Usages(List<EntryDraft> drafts, Glossary glossary, BodyReader body, string report, List<GlossaryExtractionWarning> warnings)
    {
        var found = drafts.ToDictionary(draft => draft.Number, _ => new List<(int Offset, UsageDraft Usage)>());
        foreach (var match in glossary.Scan(report.Substring(0, body.Length)))
        {
            if (body.SentenceAt(match.Start) is { } usage)
            {
                found[match.Entry.Number].Add((match.Start, usage));
            }
        }

        foreach (var (offset, number) in body.Markers())
        {
            if (!found.TryGetValue(number, out var list))
            {
                warnings.Add(new(LineOf(report, offset), Invariant($"the body's note marker {number} has no entry of that number.")));
            }
            else if (body.SentenceAt(offset) is { } usage)
            {
                list.Add((offset, usage));
            }
        }

        return drafts.Select(draft => draft with
        {
            Usages = found[draft.Number].OrderBy(usage => usage.Offset).Select(usage => usage.Usage).Distinct().ToList(),
        }).ToList();
    }

    /// <summary>The report with every unit no output format can carry (C0 controls other than tab and line breaks,
    /// lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, one warning per line that had one.</summary>
    private static string Writable(string report, List<GlossaryExtractionWarning> warnings)
    {
        StringBuilder? clean = null;
        var lastLine = 0;
        for (var i = 0; i < report.Length; i++)
        {
            var c = report[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < report.Length && char.IsLowSurrogate(report[i + 1]);
            var bad = (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !pair);
            if (pair)
            {
                i++;
            }

            if (!bad)
            {
                continue;
            }

            clean ??= new StringBuilder(report);
            clean[i] = '\uFFFD';
            var line = LineOf(report, i);
            if (line != lastLine)
            {
                warnings.Add(new(line, Invariant($"U+{(int)c:X4} cannot be written to a glossary; it was replaced by U+FFFD.")));
                lastLine = line;
            }
        }

        return clean?.ToString() ?? report;
    }

    private static string NoSection(ReportLines lines)
    {
        var body = BodyReader.Read(lines, lines.Count - 1);
        var numbers = body.Markers().Select(marker => marker.Number).Distinct().ToList();
        var markers = numbers.Count == 0
            ? string.Empty
            : Invariant($" Its body has {numbers.Count} note markers ({numbers.Min()} to {numbers.Max()}) whose notes are missing from this text.");
        return "The report has no explanations section: no heading line such as 名词解释, 附件2 名词解释 or 注释 is followed by entries, so the glossary is empty." + markers;
    }

    /// <summary>
    /// The report's own title: its first non-blank line, with the spaces a spaced-out title (政 府 工 作 报 告) carries
    /// taken out, when that line is short enough to be a title rather than prose; null when the section comes first or
    /// the first line is longer.
    /// </summary>
    private static string? ReportTitle(ReportLines lines, int heading)
    {
        for (var i = 0; i < heading; i++)
        {
            if (lines.Text[i].Length > 0)
            {
                var first = new string(lines.Text[i].Where(c => !char.IsWhiteSpace(c)).ToArray());
                return first.Length <= 40 ? first : null;
            }
        }

        return null;
    }

    private static int LineOf(string report, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (report[i] == '\n' || (report[i] == '\r' && (i + 1 == offset || report[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
