using System;
using System.Runtime.CompilerServices;

namespace Huli.Glossary.Folding;

/// <summary>
/// The one text folding of the library: every lookup key, every search key and every character the
/// inline matcher reads goes through <see cref="FoldChar"/>, so the three can never disagree on what
/// counts as the same spelling.
/// </summary>
/// <remarks>
/// Folding works one UTF-16 code unit at a time and never turns one unit into two. That is what lets
/// the matcher fold while it reads and still report offsets into the caller's original text.
/// A unit folds to one of three things:
/// <list type="bullet">
/// <item>an ordinary character: full-width forms become ASCII, Latin capitals become small letters,
/// pinyin's tone-marked letters lose their marks (ü becomes v, as pinyin keyboards type it),
/// traditional characters (Taiwan, Hong Kong, OpenCC standard) become simplified ones;</item>
/// <item><see cref="Separator"/>: "+", "＋", "﹢" and white space, because the copy of the report
/// turned every "+" into a space and readers type "2 + 2 + N" as often as "2+2+N";</item>
/// <item><see cref="Ignorable"/>: quotation marks of every style, which the report puts around a
/// term one time and leaves off the next (“七办”联动 and 七办联动).</item>
/// </list>
/// Runs of separators count as one, and ignorables between them do not break the run.
/// </remarks>
internal static class TextFolding
{
    /// <summary>What <see cref="FoldChar"/> returns for a quotation mark: U+FFFF, a noncharacter no text should hold
    /// (and if one does, it is ignored too), so that NUL and every other real unit stay themselves.</summary>
    public const char Ignorable = '\uFFFF';

    /// <summary>What <see cref="FoldChar"/> returns for "+", its full-width forms and white space.</summary>
    public const char Separator = '+';

    // Every quotation mark folding ignores, in three kinds: openings, the closings at the same index, and marks
    // that open and close alike. Balancing a match's quotes (Matching/MatchRules) reads the same lists.
    private const string OpeningQuotes = "\u201C\u2018\u300C\u300E\u301D\uFE41\uFE43";
    private const string ClosingQuotes = "\u201D\u2019\u300D\u300F\u301E\uFE42\uFE44";
    private const string SymmetricQuotes = "\"'\uFF02\uFF07";

    // 〟, the low double prime, closes 〝 as 〞 does.
    private const string LowClosingQuote = "\u301F";

    // Two-level table: the high byte of a code unit picks a 256-entry block, most of which are the
    // shared identity block. About a hundred blocks differ, so the table stays near 50 KB and a fold
    // is two array reads with no branch, which is what the matcher's inner loop needs.
    private static readonly byte[] BlockOfHighByte = new byte[256];
    private static readonly char[] Blocks = BuildBlocks();

    /// <summary>Folds one UTF-16 code unit.</summary>
    /// <returns>The folded unit, <see cref="Separator"/>, or <see cref="Ignorable"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldChar(char c) => unchecked((char)(c + Blocks[(BlockOfHighByte[c >> 8] << 8) | (c & 0xFF)]));

    /// <summary>Whether <paramref name="c"/> is one of the quotation marks folding ignores.</summary>
    public static bool IsQuote(char c) => FoldChar(c) == Ignorable && c != Ignorable;

    /// <summary>The closing mark that pairs with opening mark <paramref name="c"/> (“ → ”), or '\0' when <paramref name="c"/> opens nothing.</summary>
    public static char ClosingOf(char c) => OpeningQuotes.IndexOf(c) is var i and >= 0 ? ClosingQuotes[i] : '\0';

    /// <summary>The opening mark that pairs with closing mark <paramref name="c"/> (” → “), or '\0' when <paramref name="c"/> closes nothing.</summary>
    public static char OpeningOf(char c) => ClosingQuotes.IndexOf(c) is var i and >= 0 ? OpeningQuotes[i] : c == LowClosingQuote[0] ? OpeningQuotes[ClosingQuotes.IndexOf('\u301E')] : '\0';

    /// <summary>Whether <paramref name="c"/> is a mark that opens and closes alike, such as " or '.</summary>
    public static bool IsSymmetricQuote(char c) => SymmetricQuotes.AsSpan().IndexOf(c) >= 0;

    /// <summary>
    /// Folds <paramref name="text"/> into a lookup key: every unit folded, quotation marks dropped,
    /// each run of separators written as one <see cref="Separator"/>, none at either end.
    /// </summary>
    /// <param name="text">The text to fold.</param>
    /// <param name="destination">Receives the key; at least as long as <paramref name="text"/>.</param>
    /// <returns>The key's length, which is 0 for text that is blank or only quotation marks.</returns>
    public static int FoldKey(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded == Ignorable)
            {
                continue;
            }

            if (folded == Separator)
            {
                pendingSeparator = length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                destination[length++] = Separator;
                pendingSeparator = false;
            }

            destination[length++] = folded;
        }

        return length;
    }

    /// <summary>Folds <paramref name="text"/> into a new key string (see <see cref="FoldKey(ReadOnlySpan{char}, Span{char})"/>).</summary>
    public static string FoldKey(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = FoldKey(text, buffer);
        return buffer.Slice(0, length).ToString();
    }

    private static char[] BuildBlocks()
    {
        // White space folds to the separator, as "+" does below; no other step of the table touches a space.
        var map = new char[0x10000];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = char.IsWhiteSpace((char)i) ? Separator : (char)i;
        }

        // Full-width ASCII (U+FF01..U+FF5E) sits at a fixed distance from ASCII.
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            map[c] = (char)(c - 0xFEE0);
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            map[c] = (char)(c + 32);
            map[c + 0xFEE0] = (char)(c + 32);
        }

        // Pinyin's tone marks, so "Liù Tǒng Yī" searches like "liutongyi"; ü becomes v because that is
        // what pinyin keyboards type for it (lǜ, lü and lv are one syllable).
        const string Toned = "āáǎàĀÁǍÀēéěèêĒÉĚÈÊīíǐìĪÍǏÌōóǒòŌÓǑÒūúǔùŪÚǓÙǖǘǚǜüǕǗǙǛÜḿḾńňǹŃŇǸ";
        const string Plain = "aaaaaaaaeeeeeeeeeeiiiiiiiioooooooouuuuuuuuvvvvvvvvvvmmnnnnnn";
        for (var i = 0; i < Toned.Length; i++)
        {
            map[Toned[i]] = Plain[i];
        }

        var traditional = TraditionalChineseTable.Traditional;
        var simplified = TraditionalChineseTable.Simplified;
        for (var i = 0; i < traditional.Length; i++)
        {
            map[traditional[i]] = simplified[i];
        }

        // OpenCC's character table has a few chains (a variant maps to a character that itself maps on);
        // folding must land on the end of the chain, or folding twice would differ from folding once.
        foreach (var c in traditional)
        {
            while (map[map[c]] != map[c])
            {
                map[c] = map[map[c]];
            }
        }

        foreach (var plus in "+\uFF0B\uFE62")
        {
            map[plus] = Separator;
        }

        // Straight, curly, corner, double-prime and vertical-form quotation marks, half and full width; and the
        // sentinel itself, so that folding it twice gives what folding it once gives.
        foreach (var quote in OpeningQuotes + ClosingQuotes + LowClosingQuote + SymmetricQuotes + Ignorable)
        {
            map[quote] = Ignorable;
        }

        return Compress(map);
    }

    private static char[] Compress(char[] map)
    {
        // Blocks hold the distance from a unit to its fold, so every unchanged block is the same
        // block of zeros (block 0) whatever its high byte.
        var blocks = new char[256 * 256];
        var blockCount = 1;
        for (var high = 0; high < 256; high++)
        {
            var start = high << 8;
            var unchanged = true;
            for (var low = 0; low < 256 && unchanged; low++)
            {
                unchanged = map[start + low] == (char)(start + low);
            }

            if (unchanged)
            {
                continue;
            }

            for (var low = 0; low < 256; low++)
            {
                blocks[(blockCount << 8) + low] = unchecked((char)(map[start + low] - (start + low)));
            }

            BlockOfHighByte[high] = checked((byte)blockCount);
            blockCount++;
        }

        Array.Resize(ref blocks, blockCount << 8);
        return blocks;
    }
}
