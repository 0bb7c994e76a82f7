using System;
using Huli.Glossary.Extraction;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// Builds a glossary from any Chinese work report's own explanations (名词解释, 注释): finds the section, reads each
/// entry whatever its layout, and adds what the report's body says about it. Thread-safe: it keeps no state.
/// </summary>
/// <remarks>
/// The section is found under a heading line such as 名词解释, 附件2 名词解释, 《政府工作报告》有关内容名词注释 or 注释
/// (traditional script and full-width forms too) that is followed by entries. Entries may be numbered 1. / 1． /
/// ［1］ / （1） or not at all, or be bullets whose numbers a web copy lost; the definition may stand on the term's
/// line after a colon or on the next line. An entry's number is its position in the section: a written number
/// that differs gives a warning. The section ends at the next 附件, a signature or date line, web-page furniture,
/// or a line that neither is an entry nor continues one.
/// </remarks>
/// <example><c>GlossaryExtractor.Extract(File.ReadAllText("report.txt")).Glossary[3].Term</c></example>
public static class GlossaryExtractor
{
    /// <summary>Extracts the glossary of a report's explanations.</summary>
    /// <param name="report">The report's whole text; not null. Line breaks may be \n, \r\n or \r.</param>
    /// <returns>The glossary and the warnings. A report without an explanations section gives an empty glossary and one
    /// warning saying so (and naming the body's note markers, if it has any); it never throws for what the text holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <remarks>For each entry: the term as written and its aliases (the quoted core of a partly quoted term, such as
    /// 18条 in 稳增长“18条”, and each of two joined terms, such as “两重” and “两新”), the definition word for word, the
    /// components it enumerates, kind <see cref="GlossaryEntryKind.Note"/> for a remark on a figure or on the text,
    /// the body's sentences that use it (found by the glossary's own matcher, or by a note marker such as ［3］) with
    /// their heading path, the pinyin where every character has one reading, and the match rule:
    /// <see cref="GlossaryMatchMode.QuotedOrContext"/> for short and numeric spellings, <see cref="GlossaryMatchMode.Always"/>
    /// for the others.</remarks>
    /// <example><c>var result = GlossaryExtractor.Extract(text); foreach (var w in result.Warnings) Console.Error.WriteLine(w);</c></example>
    public static GlossaryExtraction Extract(string report) => ReportExtraction.Run(Guard.NotNull(report));
}
