using System.Collections.Generic;
using System.Text;
using CsCheck;

namespace Huli.Glossary.Tests.Support;

/// <summary>UTF-8 that is not only Chinese text: byte sequences dropped anywhere into a text, inside a character too, so
/// that a character cut in two is part of every test that uses them.</summary>
internal static class Utf8Oddities
{
    /// <summary>Well-formed characters beyond the BMP, U+FFFD itself, a byte order mark and a quotation mark, and ill-formed
    /// sequences of every kind the decoder replaces: stray continuation bytes, bytes that never occur, an overlong form, a
    /// surrogate, truncated characters, one beyond U+10FFFF.</summary>
    public static readonly byte[][] All =
    [
        [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0xA0, 0x80, 0x80], [0x80], [0xBF], [0xBF, 0xBF], [0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0x80],
        [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0x9C],
        [0xEF, 0xBF, 0xBD],
    ];

    /// <summary>Up to <paramref name="most"/> insertions: a place (taken modulo the length) and which oddity.</summary>
    public static Gen<(int At, int Which)[]> Insertions(int most) => Gen.Select(Gen.Int[0, 4000], Gen.Int[0, All.Length - 1]).Array[0, most];

    /// <summary><paramref name="text"/> as UTF-8 with the <paramref name="insertions"/> made in order.</summary>
    public static byte[] Into(string text, (int At, int Which)[] insertions)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        foreach (var (at, which) in insertions)
        {
            bytes.InsertRange(at % (bytes.Count + 1), All[which]);
        }

        return bytes.ToArray();
    }
}
