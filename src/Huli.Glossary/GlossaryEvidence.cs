using System.Text.Json.Serialization;
using Huli.Glossary.Data;

namespace Huli.Glossary;

/// <summary>Why a match was taken as a use of its entry; <see cref="GlossaryMatch.Confidence"/> says how sure that makes it.</summary>
/// <remarks>When several apply, the strongest is given: a context word before document context, document context before quotation marks.</remarks>
/// <example>六统一 anywhere is <see cref="DistinctiveSpelling"/>; 135培养机制 is <see cref="ContextWord"/>; “三位一体” in a text that names 湖里 is <see cref="DocumentContext"/>.</example>
[JsonConverter(typeof(CamelCaseEnumConverter<GlossaryEvidence>))]
public enum GlossaryEvidence
{
    /// <summary>The spelling names nothing but this concept (六统一, 七办联动): boundaries are all it needs.</summary>
    DistinctiveSpelling = 0,

    /// <summary>One of the spelling's context words stands next to it (135培养机制, 福建“十五条”).</summary>
    ContextWord = 1,

    /// <summary>A generic spelling in a text that, up to this point, names the glossary's place or uses several of its distinctive terms.</summary>
    DocumentContext = 2,

    /// <summary>A generic spelling in a text the caller said is about the glossary's place (<see cref="GlossaryScanOptions.AboutGlossaryPlace"/>),
    /// or a match built in code with the constructor that takes no evidence.</summary>
    Caller = 3,

    /// <summary>Quotation marks around the spelling and nothing else: enough for a spelling whose rule asks for no more, weak for a generic one.</summary>
    Quotes = 4,

    /// <summary>A generic spelling with nothing to back it (千亿产业集群 in another province's report): the weakest evidence.</summary>
    SpellingOnly = 5,
}
