using System.IO;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests;

/// <summary>The README's examples, run: the outputs its comments promise are what the library gives.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Report.DataPath(".."), "..", "..", "..", "..", "..", "README.md"));

    [Fact]
    public void The_lookup_example_prints_what_its_comments_say()
    {
        Glossary.Default.TryGet("2 2 n", out var entry).Should().BeTrue();

        Readme.Should().Contain($"// {entry!.Number} {entry.Term}");
        Readme.Should().Contain($"// {entry.Definition.Substring(0, 19)}");
        Glossary.Default.Get("六統一").Number.Should().Be(13);
        Glossary.Default[5].Components.Select(c => (c.Text, c.Items.Count)).Should().Equal(("改造", 2), ("提升", 3));
    }

    [Fact]
    public void The_scan_example_prints_what_its_comments_say()
    {
        var text = "优化“七办”联动机制，推行散租统管“六统一”模式。";
        Readme.Should().Contain($"var text = \"{text}\";");

        var matches = Glossary.Default.Scan(text);
        matches.Should().HaveCount(2);
        foreach (var match in matches)
        {
            Readme.Should().Contain($"// [{match.Start}, {match.End}) {match.Entry.Number} {text.Substring(match.Start, match.Length)}");
        }
    }

    [Fact]
    public void The_html_example_shows_the_markup_annotation_writes()
    {
        using var output = new StringWriter();
        Glossary.Default.Annotate("优化“七办”联动机制，推行散租统管“六统一”模式。", output, new AnnotationOptions { Format = AnnotationFormat.Html });

        var html = output.ToString();
        Readme.Should().Contain("// " + html[..(html.IndexOf("机制", System.StringComparison.Ordinal) + 3)] + "……");
    }

    [Fact]
    public void The_evidence_example_prints_what_its_comments_say()
    {
        const string Text = "耕地“三位一体”保护。湖里区打造“三位一体”合规体系。";
        Readme.Should().Contain($"Glossary.Default.Scan(\"{Text}\", GlossaryScanOptions.Lenient)");

        var matches = Glossary.Default.Scan(Text, GlossaryScanOptions.Lenient);

        matches.Should().HaveCount(2);
        foreach (var m in matches)
        {
            Readme.Should().Contain($"// {m.Start} {m.Spelling} {m.Evidence} {m.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    [Fact]
    public void The_merge_example_prints_the_message_it_shows()
    {
        var clash = new GlossaryEntry { Number = 40, Term = "六統一", Definition = "……" };

        var error = FluentActions.Invoking(() => Glossary.Default.With([clash])).Should().Throw<GlossaryFormatException>().Which;

        Readme.Should().Contain("\n" + error.Message + "\n");
    }
}
