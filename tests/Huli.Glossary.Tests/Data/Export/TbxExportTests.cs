using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Data.Export;

/// <summary>TBX-Basic in both forms, parsed back and compared with the glossary entry by entry.</summary>
public class TbxExportTests
{
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    /// <summary>The element names of each form: TBX 3 (ISO 30042:2019) and TBX 2 (martif).</summary>
    public static TheoryData<GlossaryExportFormat, string, string, string, string, string> Forms { get; } = new()
    {
        { GlossaryExportFormat.Tbx, "urn:iso:std:iso:30042:ed-2", "tbx", "conceptEntry", "langSec", "termSec" },
        { GlossaryExportFormat.Tbx2, "", "martif", "termEntry", "langSet", "tig" },
    };

    [Theory]
    [InlineData(GlossaryExportFormat.Tbx)]
    [InlineData(GlossaryExportFormat.Tbx2)]
    public void The_output_is_well_formed_UTF8_XML_without_a_DTD_or_byte_order_mark(GlossaryExportFormat format)
    {
        var bytes = Exported.Bytes(Glossary.Default, format);

        bytes.Take(5).Should().Equal(Encoding.ASCII.GetBytes("<?xml"));
        Encoding.ASCII.GetString(bytes, 0, 64).Should().Contain("encoding=\"utf-8\"");
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var read = () => { while (reader.Read()) { } };
        read.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_entry_is_one_concept_with_its_number_as_id_in_number_order(
        GlossaryExportFormat format, string ns, string root, string concept, string language, string term)
    {
        var document = Parse(Glossary.Default, format);
        XNamespace tbx = ns;

        document.Root!.Name.Should().Be(tbx + root);
        var concepts = document.Root.Element(tbx + "text")!.Element(tbx + "body")!.Elements().ToList();
        concepts.Should().HaveCount(39).And.OnlyContain(element => element.Name == tbx + concept);
        concepts.Select(element => (string?)element.Attribute("id")).Should().Equal(Enumerable.Range(1, 39).Select(n => $"entry-{n}"));
        concepts.Should().OnlyContain(element => element.Elements(tbx + language).Count() == 1);
        concepts.SelectMany(element => element.Descendants(tbx + term)).Should().HaveCount(Glossary.Default.Entries.Sum(entry => entry.Spellings.Count()));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_concept_holds_the_definition_the_headword_as_preferred_and_the_aliases_as_admitted(
        GlossaryExportFormat format, string ns, string root, string concept, string language, string term)
    {
        XNamespace tbx = ns;
        var document = Parse(Glossary.Default, format);
        document.Root!.Name.Should().Be(tbx + root);
        var concepts = document.Descendants(tbx + concept).ToList();

        foreach (var entry in Glossary.Default.Entries)
        {
            var section = concepts[entry.Number - 1].Element(tbx + language)!;
            ((string?)section.Attribute(XmlNs + "lang")).Should().Be("zh-CN");
            section.Elements(tbx + "descrip").Should().ContainSingle(d => (string?)d.Attribute("type") == "definition")
                .Which.Value.Should().Be(entry.Definition);
            var terms = section.Elements(tbx + term).Select(t => (
                Text: t.Element(tbx + "term")!.Value,
                Status: t.Elements(tbx + "termNote").Single(n => (string?)n.Attribute("type") == "administrativeStatus").Value)).ToList();
            terms.Should().Equal(
                new[] { (entry.Term, "preferredTerm-admn-sts") }.Concat(entry.Aliases.Select(alias => (alias.Text, "admittedTerm-admn-sts"))),
                $"entry {entry.Number} is {entry.Term}");
        }
    }

    [Fact]
    public void Tbx3_declares_the_TBX_Basic_dialect_in_DCA_style_and_the_ISO_30042_2019_namespace_on_every_element()
    {
        var root = Parse(Glossary.Default, GlossaryExportFormat.Tbx).Root!;

        ((string?)root.Attribute("type")).Should().Be("TBX-Basic");
        ((string?)root.Attribute("style")).Should().Be("dca");
        ((string?)root.Attribute(XmlNs + "lang")).Should().Be("zh-CN");
        root.DescendantsAndSelf().Should().OnlyContain(element => element.Name.NamespaceName == "urn:iso:std:iso:30042:ed-2");
    }

    [Theory]
    [InlineData(GlossaryExportFormat.Tbx, "urn:iso:std:iso:30042:ed-2", "tbxHeader")]
    [InlineData(GlossaryExportFormat.Tbx2, "", "martifHeader")]
    public void The_header_names_the_report_as_the_source(GlossaryExportFormat format, string ns, string header)
    {
        XNamespace tbx = ns;

        var fileDesc = Parse(Glossary.Default, format).Root!.Element(tbx + header)!.Element(tbx + "fileDesc")!;

        fileDesc.Element(tbx + "titleStmt")!.Element(tbx + "title")!.Value.Should().Be("湖里区2024年政府工作报告 名词解释");
        fileDesc.Element(tbx + "sourceDesc")!.Element(tbx + "p")!.Value.Should().StartWith("厦门市湖里区人民政府区长黄颖");
    }

    [Fact]
    public void Tbx2_is_TBX_Basic_martif_without_a_namespace_and_names_its_constraint_specification()
    {
        var root = Parse(Glossary.Default, GlossaryExportFormat.Tbx2).Root!;

        ((string?)root.Attribute("type")).Should().Be("TBX-Basic-V1");
        root.DescendantsAndSelf().Should().OnlyContain(element => element.Name.NamespaceName == string.Empty);
        root.Element("martifHeader")!.Element("encodingDesc")!.Element("p")!.Value.Should().Be("TBXBasicXCSV02.xcs");
    }

    [Theory]
    [InlineData(GlossaryExportFormat.Tbx)]
    [InlineData(GlossaryExportFormat.Tbx2)]
    public void Markup_characters_in_the_text_come_back_as_written(GlossaryExportFormat format)
    {
        var document = Parse(Exported.Tricky, format);

        var texts = document.Descendants().Where(element => element.Name.LocalName is "term" or "descrip").Select(element => element.Value);
        texts.Should().Equal("line one,\nline \"two\"\r\n# not a heading", "A, \"B\" & <C>", "*a*|b", "# 1. x");
    }

    [Fact]
    public void A_glossary_without_title_or_source_still_has_the_source_description_TBX_2_requires()
    {
        var document = Parse(GlossaryJson.Load(GlossaryJson.Document(GlossaryJson.Entry13)), GlossaryExportFormat.Tbx2);

        document.Root!.Element("martifHeader")!.Element("fileDesc")!.Element("sourceDesc")!.Value.Should().Be("Exported by Huli.Glossary.");
    }

    private static XDocument Parse(Glossary glossary, GlossaryExportFormat format) =>
        XDocument.Load(new MemoryStream(Exported.Bytes(glossary, format)));
}
