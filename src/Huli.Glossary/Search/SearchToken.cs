namespace Huli.Glossary.Search;

/// <summary>One token of a spelling as search sees it: a Chinese character with its readings, or a literal run.</summary>
/// <param name="IsHan">Whether the token is a Chinese character, which pinyin initials can stand for.</param>
/// <param name="Character">The folded character; '\0' for a literal run and for ideographs beyond the BMP.</param>
/// <param name="Syllables">The toneless syllables the character may be read as (one when the data gives the
/// reading), or the run's folded text without separators.</param>
internal readonly record struct SearchToken(bool IsHan, char Character, string[] Syllables);
