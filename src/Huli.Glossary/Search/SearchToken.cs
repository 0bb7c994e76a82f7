namespace Huli.Glossary.Search;

/// <summary>One token of a spelling as search sees it: a Chinese character with its readings, or a literal run.</summary>
/// <param name="Character">The folded character, or '\0' for a run of digits and Latin letters.</param>
/// <param name="Syllables">The toneless syllables the character may be read as (one when the data gives the
/// reading), or the run's folded text without separators.</param>
internal readonly record struct SearchToken(char Character, string[] Syllables);
