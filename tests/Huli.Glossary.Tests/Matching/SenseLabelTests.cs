using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>
/// The labelled list tools/eval measures the matcher against (Data/sense-labels.tsv): well formed, and on the report
/// body, which the tests hold, exactly what the default policy finds. The corpus figures come from tools/eval.
/// </summary>
public class SenseLabelTests
{
    private static readonly (string File, int Offset, int Entry, bool Verdict, string Reason)[] Labels = File.ReadLines(Report.DataPath("sense-labels.tsv"))
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split('\t'))
        .Select(f => (f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), bool.Parse(f[3]), f[4]))
        .ToArray();

    [Fact]
    public void Every_label_names_a_file_an_entry_a_verdict_and_a_reason_and_no_place_twice()
    {
        Labels.Should().HaveCountGreaterThan(60);
        Labels.Should().OnlyContain(l => l.File.EndsWith(".txt", StringComparison.Ordinal) && l.Offset >= 0 && l.Reason.Length > 10);
        Labels.Select(l => Glossary.Default[l.Entry]).Should().NotContainNulls();
        Labels.Select(l => (l.File, l.Offset, l.Entry)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_default_policy_finds_in_the_report_body_exactly_the_uses_labelled_true()
    {
        var expected = Labels.Where(l => l.File == "report.txt" && l.Verdict).Select(l => (l.Offset, l.Entry));

        var found = Glossary.Default.Scan(Report.Body).Select(m => (m.Start, m.Entry.Number));

        found.Should().BeEquivalentTo(expected);
    }
}
