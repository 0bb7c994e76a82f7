using System;
using System.IO;
using System.Linq;
using System.Text;
using Huli.Glossary.Data.Export;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Data.Export;

/// <summary>The Markdown reference page, and the copy of it kept at docs/glossary.md.</summary>
public class MarkdownExportTests
{
    private const string Regenerate = "dotnet run --project src/Huli.Glossary.Cli -- export --format markdown -o docs/glossary.md";

    [Fact]
    public void Docs_glossary_md_is_the_export_of_the_default_glossary()
    {
        var copy = File.ReadAllText(Report.DataPath("glossary.md"), Encoding.UTF8);

        var exported = Exported.Text(Glossary.Default, GlossaryExportFormat.Markdown);

        (exported == copy).Should().BeTrue($"docs/glossary.md must match the data; regenerate it with `{Regenerate}`");
    }

    [Fact]
    public void Each_entry_has_its_anchor_and_heading_in_number_order()
    {
        var page = Exported.Text(Glossary.Default, GlossaryExportFormat.Markdown);

        var positions = Glossary.Default.Entries
            .Select(entry => page.IndexOf($"<a id=\"entry-{entry.Number}\"></a>\n\n## {entry.Number}. {entry.Term}\n", StringComparison.Ordinal))
            .ToList();

        positions.Should().NotContain(-1).And.BeInAscendingOrder();
    }

    [Fact]
    public void The_contents_link_to_every_anchor()
    {
        var page = Exported.Text(Glossary.Default, GlossaryExportFormat.Markdown);

        foreach (var entry in Glossary.Default.Entries)
        {
            page.Should().Contain($"- [{entry.Number}. {entry.Term}](#entry-{entry.Number})\n");
        }
    }

    [Fact]
    public void Groups_are_nested_lists_indented_to_their_item_text()
    {
        var page = Exported.Text(Glossary.Default, GlossaryExportFormat.Markdown);

        page.Should().Contain("Components:\n\n1. 改造\n   1. 改造基础设施\n   2. 改造内部环境\n2. 提升\n   1. 提升服务体系\n");
    }

    [Fact]
    public void Aliases_definition_and_usages_are_in_the_entry_section()
    {
        var page = Exported.Text(Glossary.Default, GlossaryExportFormat.Markdown);
        var section = page.Substring(page.IndexOf("<a id=\"entry-28\">", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("<a id=\"entry-29\">", StringComparison.Ordinal));

        section.Should().Contain(Glossary.Default[28].Definition)
            .And.Contain("Also written:\n\n- 七办\n- “七办”联动\n")
            .And.Contain("In the report:\n\n- ");
    }

    [Theory]
    [InlineData("六统一", "六统一")]
    [InlineData("10+13", "10+13")]
    [InlineData("3个100%", "3个100%")]
    [InlineData("*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`")]
    [InlineData("[x](y) <b> a|b &amp;", "\\[x\\](y) \\<b\\> a\\|b \\&amp;")]
    [InlineData("# 标题", "\\# 标题")]
    [InlineData("- 项", "\\- 项")]
    [InlineData("-5%", "-5%")]
    [InlineData("+ 1", "\\+ 1")]
    [InlineData("+1", "+1")]
    [InlineData("1. 项", "1\\. 项")]
    [InlineData("1.5亿", "1.5亿")]
    [InlineData("10) 项", "10\\) 项")]
    [InlineData("1234567890. 项", "1234567890. 项")]
    [InlineData("   - 项", "   \\- 项")]
    [InlineData("    代码", "&#32;   代码")]
    [InlineData("\t代码", "&#9;代码")]
    [InlineData("---", "\\---")]
    [InlineData("===", "\\===")]
    [InlineData("=5", "=5")]
    [InlineData("~~~", "\\~\\~\\~")]
    [InlineData("a\r\nb", "a<br>b")]
    [InlineData("a\rb\n- c", "a<br>b<br>- c")]
    [InlineData("", "")]
    public void Text_is_escaped_so_it_renders_as_written(string text, string markdown)
    {
        MarkdownExport.Inline(text).Should().Be(markdown);
    }
}
