using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Huli.Glossary.Tests.Support;
using nietras.SeparatedValues;

namespace Huli.Glossary.Tests.Data.Export;

/// <summary>The CSV export read back by Sep, a parser that knows nothing of how it was written.</summary>
public class CsvExportTests
{
    [Fact]
    public void The_file_starts_with_a_UTF8_byte_order_mark_and_the_header_row()
    {
        var bytes = Exported.Bytes(Glossary.Default, GlossaryExportFormat.Csv);

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().StartWith("number,term,aliases,definition,components\r\n");
    }

    [Fact]
    public void Every_line_ends_in_CRLF()
    {
        var text = Exported.Text(Glossary.Default, GlossaryExportFormat.Csv);

        text.Should().EndWith("\r\n");
        text.Replace("\r\n", string.Empty).Should().NotContain("\n").And.NotContain("\r");
        text.Split(["\r\n"], StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(40);
    }

    [Fact]
    public void Every_entry_comes_back_with_its_number_term_aliases_and_definition()
    {
        var rows = Read(Glossary.Default);

        rows.Should().HaveCount(39);
        foreach (var (row, entry) in rows.Zip(Glossary.Default.Entries, (row, entry) => (row, entry)))
        {
            row["number"].Should().Be(entry.Number.ToString(CultureInfo.InvariantCulture));
            row["term"].Should().Be(entry.Term);
            Aliases(row["aliases"]).Should().Equal(entry.Aliases.Select(alias => alias.Text));
            row["definition"].Should().Be(entry.Definition);
        }
    }

    [Theory]
    [InlineData(2, "")]
    [InlineData(13, "统一出租房管理平台建设; 统一出租房合同范本; 统一租金涨幅标准; 统一水电费标准; 统一租客入住规范; 统一管理服务")]
    [InlineData(5, "改造: 改造基础设施、改造内部环境; 提升: 提升服务体系、提升管理体系、提升文旅商融合品牌")]
    [InlineData(4, "1: 湖里老工业区2.5平方公里区域; 1: 其他被认定为低效工业用地的项目")]
    public void Components_are_joined_by_semicolons_and_a_group_is_its_label_then_its_items(int number, string components)
    {
        var row = Read(Glossary.Default).Single(r => r["number"] == number.ToString(CultureInfo.InvariantCulture));

        row["components"].Should().Be(components);
    }

    [Fact]
    public void Every_component_and_group_label_is_in_its_row()
    {
        var rows = Read(Glossary.Default);

        foreach (var entry in Glossary.Default.Entries)
        {
            var components = rows[entry.Number - 1]["components"];
            foreach (var text in Texts(entry.Components))
            {
                components.Should().Contain(text, $"entry {entry.Number} lists it");
            }
        }
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_and_come_back_as_written()
    {
        var row = Read(Exported.Tricky).Should().ContainSingle().Subject;

        row["term"].Should().Be("A, \"B\" & <C>");
        row["aliases"].Should().Be("*a*|b; # 1. x");
        row["definition"].Should().Be("line one,\nline \"two\"\r\n# not a heading");
        row["components"].Should().Be("组: 甲、乙; 丙");
    }

    private static List<Dictionary<string, string>> Read(Glossary glossary)
    {
        // Strict: quotes are parsed and unescaped, as RFC 4180 says.
        using var reader = Sep.New(',').Reader(options => options.Strict()).From(Exported.Bytes(glossary, GlossaryExportFormat.Csv));
        reader.Header.ColNames.Should().Equal("number", "term", "aliases", "definition", "components");
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var fields = new Dictionary<string, string>();
            foreach (var name in reader.Header.ColNames)
            {
                fields[name] = row[name].ToString();
            }

            rows.Add(fields);
        }

        return rows;
    }

    private static string[] Aliases(string field) => field.Length == 0 ? [] : field.Split(["; "], StringSplitOptions.None);

    private static IEnumerable<string> Texts(IEnumerable<GlossaryComponent> components) =>
        components.SelectMany(component => new[] { component.Text }.Concat(Texts(component.Items)));
}
