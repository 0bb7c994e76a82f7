using System.IO;
using System.Text;
using System.Xml;

namespace Huli.Glossary.Data.Export;

/// <summary>
/// TBX-Basic in its two published forms. They hold the same tree under different names, so one writer takes a
/// <see cref="Dialect"/> of names: TBX 3 (ISO 30042:2019) conceptEntry/langSec/termSec in a namespace,
/// TBX 2 (ISO 30042:2008) termEntry/langSet/tig in none.
/// </summary>
internal static class TbxExport
{
    private const string Namespace3 = "urn:iso:std:iso:30042:ed-2";
    private const string Language = "zh-CN";
    private const string Preferred = "preferredTerm-admn-sts";
    private const string Admitted = "admittedTerm-admn-sts";

    public static readonly Dialect Version3 = new("tbx", "TBX-Basic", Namespace3, "tbxHeader", "conceptEntry", "langSec", "termSec");

    // martif's type for TBX-Basic 2 is "TBX-Basic-V1": the dialect's version, not the standard's.
    public static readonly Dialect Version2 = new("martif", "TBX-Basic-V1", null, "martifHeader", "termEntry", "langSet", "tig");

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // A parser turns a literal "\r\n" into "\n"; as &#xD; the "\r" of a definition survives the round trip.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public static void Write(Glossary glossary, Stream output, Dialect dialect)
    {
        using var xml = XmlWriter.Create(output, Settings);
        var ns = dialect.Namespace;
        xml.WriteStartDocument();
        xml.WriteStartElement(dialect.Root, ns);
        xml.WriteAttributeString("type", dialect.Type);
        if (ns is not null)
        {
            // DCA: data categories as type attributes of the core elements, the style TBX 2 also used.
            xml.WriteAttributeString("style", "dca");
        }

        xml.WriteAttributeString("xml", "lang", null, Language);

        xml.WriteStartElement(dialect.Header, ns);
        xml.WriteStartElement("fileDesc", ns);
        if (glossary.Title is not null)
        {
            xml.WriteStartElement("titleStmt", ns);
            xml.WriteElementString("title", ns, glossary.Title);
            xml.WriteEndElement();
        }

        // TBX 2 requires a sourceDesc; a glossary of one's own may not say where it comes from.
        xml.WriteStartElement("sourceDesc", ns);
        xml.WriteElementString("p", ns, glossary.Source ?? "Exported by Huli.Glossary.");
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (ns is null)
        {
            // TBX 2 names its constraint specification here; TBX 3 names the dialect in the root's type instead.
            xml.WriteStartElement("encodingDesc");
            xml.WriteStartElement("p");
            xml.WriteAttributeString("type", "XCSURI");
            xml.WriteString("TBXBasicXCSV02.xcs");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("text", ns);
        xml.WriteStartElement("body", ns);
        foreach (var entry in glossary.Entries)
        {
            WriteEntry(xml, entry, dialect);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, GlossaryEntry entry, Dialect dialect)
    {
        var ns = dialect.Namespace;
        xml.WriteStartElement(dialect.Entry, ns);
        // An XML ID cannot start with a digit.
        xml.WriteAttributeString("id", "entry-" + entry.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteStartElement(dialect.LanguageSection, ns);
        xml.WriteAttributeString("xml", "lang", null, Language);

        // In the language section, not the concept: the definition is Chinese text, and TBX-Basic allows it on either level.
        xml.WriteStartElement("descrip", ns);
        xml.WriteAttributeString("type", "definition");
        xml.WriteString(entry.Definition);
        xml.WriteEndElement();

        WriteTerm(xml, entry.Term, Preferred, dialect);
        foreach (var alias in entry.Aliases)
        {
            WriteTerm(xml, alias.Text, Admitted, dialect);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteTerm(XmlWriter xml, string term, string status, Dialect dialect)
    {
        var ns = dialect.Namespace;
        xml.WriteStartElement(dialect.TermSection, ns);
        xml.WriteElementString("term", ns, term);
        xml.WriteStartElement("termNote", ns);
        xml.WriteAttributeString("type", "administrativeStatus");
        xml.WriteString(status);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The element names and root attributes of one TBX form.</summary>
    internal sealed class Dialect(string root, string type, string? ns, string header, string entry, string languageSection, string termSection)
    {
        public string Root { get; } = root;

        public string Type { get; } = type;

        public string? Namespace { get; } = ns;

        public string Header { get; } = header;

        public string Entry { get; } = entry;

        public string LanguageSection { get; } = languageSection;

        public string TermSection { get; } = termSection;
    }
}
