using System.Text.Json.Serialization;
using Huli.Glossary.Data;

namespace Huli.Glossary;

/// <summary>When a spelling counts as a use of its entry inside running text; in glossary.json, "always",
/// "quotedOrContext" or "never".</summary>
/// <remarks>Lookup and search ignore the mode: <c>TryGet("四级")</c> finds entry 24 whatever its rule.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<GlossaryMatchMode>))]
public enum GlossaryMatchMode
{
    /// <summary>Wherever the spelling occurs (digits still never match inside a longer number).</summary>
    Always = 0,

    /// <summary>
    /// Only inside quotation marks, or right after one of <see cref="GlossaryMatchRule.Before"/>, or right
    /// before one of <see cref="GlossaryMatchRule.After"/>: 135 counts in “135” and in 135培养机制, not in
    /// 电话135xxxx.
    /// </summary>
    QuotedOrContext = 1,

    /// <summary>Never in running text; the spelling is for lookup only.</summary>
    Never = 2,
}
