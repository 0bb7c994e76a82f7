using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Tests.Matching;

/// <summary>One character of UTF-8 at a time reads as the runtime reads it; its ill-formed sequences are counted as a decoder replaces them.</summary>
public class Utf8TextTests
{
    // The edges of every range of table 3-7 of the Unicode standard, for the bytes after a lead byte: ASCII, the ends of
    // the continuation bytes and of their quarters, and bytes that continue nothing.
    private static readonly byte[] Followers = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF];

    [Fact]
    public void Each_character_and_each_ill_formed_sequence_reads_as_the_runtime_reads_it_whatever_its_first_two_bytes()
    {
        // Every lead byte with every second byte, then the edges for the third and fourth, and each cut short by the end of
        // the text: one U+FFFD for each maximal ill-formed subpart, of the length the runtime's decoder skips.
        var differences = new List<string>();
        var bytes = new byte[4];
        for (var pair = 0; pair < 0x10000; pair++)
        {
            (bytes[0], bytes[1]) = ((byte)(pair >> 8), (byte)pair);
            foreach (var third in Followers)
            {
                foreach (var fourth in Followers)
                {
                    (bytes[2], bytes[3]) = (third, fourth);
                    for (var length = third == Followers[0] && fourth == Followers[0] ? 1 : 3; length <= 4; length++)
                    {
                        Compare(bytes.AsSpan(0, length), differences);
                    }
                }
            }
        }

        differences.Should().BeEmpty();
    }

    [Fact]
    public void A_character_is_read_where_it_stands_in_a_text_not_only_at_its_start()
    {
        var text = "a湖é𠀀"u8.ToArray().Concat(new byte[] { 0xE4, 0xB8 }).ToArray();
        var read = new List<(int CodePoint, int Length)>();
        for (var index = 0; index < text.Length;)
        {
            var codePoint = Utf8Text.Decode(text, index, out var length);
            read.Add((codePoint, length));
            index += length;
        }

        read.Should().Equal(('a', 1), ('湖', 3), ('é', 2), (0x20000, 4), (Utf8Text.Replacement, 2));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBD }, 0)]
    [InlineData(new byte[] { 0xF0, 0x90, 0x80, 0x41 }, 1)]
    [InlineData(new byte[] { 0xF0, 0x90, 0x80 }, 1)]
    [InlineData(new byte[] { 0xE4, 0xB8, 0x41 }, 1)]
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBD, 0xEF, 0xBF }, 1)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 3)]
    [InlineData(new byte[] { 0x80, 0x80, 0xE6, 0xB9, 0x96 }, 2)]
    public void Ill_formed_sequences_are_counted_one_for_each_U_FFFD_a_decoder_writes_and_U_FFFD_itself_is_none(byte[] bytes, int expected)
    {
        var written = Encoding.UTF8.GetString(bytes).Count(c => c == '\uFFFD');
        var itself = bytes.AsSpan().IndexOf("\uFFFD"u8) >= 0 ? 1 : 0;
        (written - itself).Should().Be(expected, "the row agrees with the runtime's decoder");

        Utf8Text.IllFormedSequences(bytes).Should().Be(expected);
    }

    [Theory]
    [InlineData(0x10000)]
    [InlineData(0x20000)]
    [InlineData(0x1F600)]
    [InlineData(0x10FFFF)]
    public void A_character_beyond_the_basic_plane_is_written_as_its_surrogate_pair(int codePoint)
    {
        var pair = char.ConvertFromUtf32(codePoint);

        (Utf8Text.FirstUnit(codePoint), Utf8Text.LowSurrogate(codePoint)).Should().Be((pair[0], pair[1]));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('湖')]
    [InlineData('\uFFFD')]
    public void A_character_of_the_basic_plane_is_its_own_first_unit(char unit) =>
        Utf8Text.FirstUnit(unit).Should().Be(unit);

    private static void Compare(ReadOnlySpan<byte> bytes, List<string> differences)
    {
        var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
        var expected = (status == OperationStatus.Done ? rune.Value : Utf8Text.Replacement, consumed);
        var actual = (Utf8Text.Decode(bytes, 0, out var length), length);
        if (actual != expected && differences.Count < 10)
        {
            differences.Add($"{Convert.ToHexString(bytes)}: {actual}, the runtime {expected}");
        }
    }

    [Fact]
    public void Well_formed_text_is_as_long_as_the_runtime_decodes_it_in_units_and_in_code_points_at_every_length()
    {
        // ASCII, two-, three- and four-byte characters mixed, so that every kind lands on every place of a 16-byte step.
        var pieces = new[] { "a", "é", "六", "“", "😀", "𠀀" };
        Gen.Int[0, pieces.Length - 1].Array[0, 60].Sample(picks =>
        {
            var text = string.Concat(picks.Select(pick => pieces[pick]));
            var bytes = Encoding.UTF8.GetBytes(text);

            Utf8Text.WellFormedLength(bytes, codePoints: false).Should().Be(text.Length);
            Utf8Text.WellFormedLength(bytes, codePoints: true).Should().Be(text.EnumerateRunes().Count());
        }, iter: 2000);
    }

    [Theory]
    [InlineData(new byte[] { 0x80 }, 0)]
    [InlineData(new byte[] { 0xC0, 0xAF }, 1)]
    public void Ill_formed_text_may_be_counted_otherwise_than_it_decodes(byte[] bytes, int counted)
    {
        // The decoder makes one U+FFFD of a stray continuation byte and two of an overlong form.
        Utf8Text.WellFormedLength(bytes, codePoints: false).Should().Be(counted).And.NotBe(Encoding.UTF8.GetCharCount(bytes));
    }
}
