using System.Text.Json.Serialization;
using Huli.Glossary.Data;

namespace Huli.Glossary;

/// <summary>
/// What a search query matched in an entry. When a query matches an entry in several ways, the result
/// carries the one that scores best, which is usually the one listed first here.
/// </summary>
/// <example><c>Glossary.Default.Search("lty")[0].Kind</c> is <see cref="PinyinInitials"/>.</example>
[JsonConverter(typeof(CamelCaseEnumConverter<GlossarySearchKind>))]
public enum GlossarySearchKind
{
    /// <summary>The query is the headword, once folded: "六統一" for 六统一.</summary>
    Exact = 0,

    /// <summary>The query is an alias, once folded: "七办" for 七办联动.</summary>
    Alias = 1,

    /// <summary>The query begins a headword or alias: "七办联" for 七办联动.</summary>
    Prefix = 2,

    /// <summary>The query occurs inside a headword or alias: "攻坚" for 五大攻坚战.</summary>
    Substring = 3,

    /// <summary>The query spells a headword or alias in pinyin, whole or begun, with or without tone marks and spaces,
    /// or mixes characters and pinyin: "liutongyi", "Liù Tǒng Yī", "六tongyi".</summary>
    Pinyin = 4,

    /// <summary>The query is the initials of the syllables of a headword or alias, or of its beginning: "lty" for 六统一.</summary>
    PinyinInitials = 5,

    /// <summary>The query writes a headword or alias with a character of the same reading in place of the right one,
    /// as input methods do: "六桶一" for 六统一.</summary>
    Homophone = 6,

    /// <summary>The query is within a small edit distance of a headword or alias, in characters or in pinyin:
    /// "六统医" or "liutongyu" for 六统一.</summary>
    Fuzzy = 7,

    /// <summary>The query occurs in one of the items the definition enumerates: "租金" for 六统一.</summary>
    Component = 8,

    /// <summary>The query occurs in the definition.</summary>
    Definition = 9,

    /// <summary>The query is longer than a spelling and holds one, found as running text is scanned (with each spelling's
    /// match rule): "六统一模式" for 六统一; "电话13512345678" holds no 135.</summary>
    InQuery = 10,

    /// <summary>The query occurs in a sentence of the report that uses the entry: "散租统管" for 六统一.</summary>
    Usage = 11,
}
