using System.Text.Json.Serialization;
using Huli.Glossary.Data;

namespace Huli.Glossary;

/// <summary>What an explanation explains; in glossary.json, "term" or "note".</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<GlossaryEntryKind>))]
public enum GlossaryEntryKind
{
    /// <summary>A piece of jargon, such as 六统一 or 2+2+N.</summary>
    Term = 0,

    /// <summary>
    /// A note on a figure or on the text itself, such as 全文备注; notes are found inline only by their
    /// own anchor text, never by a short form.
    /// </summary>
    Note = 1,
}
