using System.Collections.Generic;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// What <see cref="GlossaryExtractor.Extract(string)"/> took from a report: the glossary of its explanations and
/// the warnings about what it could not place. Immutable and thread-safe.
/// </summary>
/// <example><c>var result = GlossaryExtractor.Extract(report); result.Glossary.Entries.Count</c> is 44 for the 2025 Yunnan report.</example>
public sealed class GlossaryExtraction
{
    internal GlossaryExtraction(Glossary glossary, string? heading, int headingLine, IReadOnlyList<GlossaryExtractionWarning> warnings)
    {
        Glossary = Guard.NotNull(glossary);
        Heading = heading;
        HeadingLine = headingLine;
        Warnings = Guard.NotNull(warnings);
    }

    /// <summary>The entries of the report's explanations, numbered 1, 2, 3… in the report's order; empty when the
    /// report has no such section (then <see cref="Warnings"/> says so).</summary>
    /// <remarks>Its <see cref="Glossary.Source"/> is the report's own title, taken as the first non-blank line with its
    /// spaces removed when that is 40 characters or fewer (政 府 工 作 报 告 gives 政府工作报告), and null otherwise; its
    /// <see cref="Glossary.Title"/> is that title and <see cref="Heading"/> (2025年四川省政府工作报告 名词解释), or the
    /// heading alone.</remarks>
    public Glossary Glossary { get; }

    /// <summary>The heading of the section the entries come from as the report writes it (名词解释, 附件2 名词解释,
    /// 《政府工作报告》有关内容名词注释…); null when none was found.</summary>
    public string? Heading { get; }

    /// <summary>The 1-based line of <see cref="Heading"/>; 0 when none was found.</summary>
    public int HeadingLine { get; }

    /// <summary>What could not be placed, in the order of the report; empty when everything was.</summary>
    /// <remarks>A report without a section gives exactly one warning, with <see cref="GlossaryExtractionWarning.Line"/> 0.</remarks>
    public IReadOnlyList<GlossaryExtractionWarning> Warnings { get; }
}
