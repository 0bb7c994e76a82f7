namespace Huli.Glossary;

/// <summary>The file formats <see cref="GlossaryExport.Write"/> writes, each as UTF-8.</summary>
/// <remarks>
/// Only <see cref="Json"/> carries everything, match rules included, and reads back with
/// <see cref="Glossary.Load"/>; the others are for tools and people and keep what those use.
/// </remarks>
/// <example><c>GlossaryExport.Write(Glossary.Default, GlossaryExportFormat.Tbx, stream)</c></example>
public enum GlossaryExportFormat
{
    /// <summary>
    /// The format of glossary.json: indented, CJK unescaped, "\n" line ends. Not escaped for embedding in HTML.
    /// </summary>
    Json = 0,

    /// <summary>
    /// RFC 4180 CSV with a byte order mark (so spreadsheet programs detect UTF-8) and CRLF line ends: a header row, then
    /// one row per entry with the columns number, term, aliases, definition and components. Aliases are joined by
    /// "; "; components by "; ", a group written as its label, ": " and its items joined by "、"
    /// (两改造三提升: "改造: 改造基础设施、改造内部环境; 提升: 提升服务体系、…").
    /// </summary>
    Csv = 1,

    /// <summary>
    /// A Markdown reference page: a contents list, then each entry under a heading with the anchor
    /// <c>entry-{number}</c>, with its aliases, definition, components and the report's sentences that use it.
    /// </summary>
    Markdown = 2,

    /// <summary>
    /// TBX (ISO 30042:2019), dialect TBX-Basic, namespace <c>urn:iso:std:iso:30042:ed-2</c>: one
    /// <c>conceptEntry</c> per entry (id <c>entry-{number}</c>) whose <c>langSec xml:lang="zh-CN"</c> holds the
    /// definition and a <c>termSec</c> per spelling, the headword as preferredTerm-admn-sts, each alias as
    /// admittedTerm-admn-sts.
    /// </summary>
    Tbx = 3,

    /// <summary>
    /// The older TBX-Basic form (ISO 30042:2008, TBX 2) that some tools still expect: the same content as
    /// <see cref="Tbx"/> in <c>martif</c>/<c>termEntry</c>/<c>langSet</c>/<c>tig</c> elements, without a namespace.
    /// </summary>
    Tbx2 = 4,
}
