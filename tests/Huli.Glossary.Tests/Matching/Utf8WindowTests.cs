using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Huli.Glossary.Matching;

namespace Huli.Glossary.Tests.Matching;

/// <summary>A window of UTF-8 decodes as the runtime's decoder does and maps each character back to its first byte.</summary>
public class Utf8WindowTests
{
    // Runs of ASCII and of three-byte characters (the groups decoded many at a time) broken by everything else: the edges
    // of the three-byte range, two- and four-byte characters (the first and last of each), and each kind of ill-formed
    // sequence, a three-byte one among them.
    private static readonly byte[][] Pieces =
    [
        "abcdefghijklmnopq"u8.ToArray(), " 2024,"u8.ToArray(), "湖里区人民政府工作报告"u8.ToArray(), "“六统一”，"u8.ToArray(),
        [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xEF, 0xBF, 0xBD], "é"u8.ToArray(),
        [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xC2, 0x80], [0xE0, 0x80, 0x80],
        [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xE4, 0xB8],
        [0x80], [0xFF], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0x41, 0x80],
    ];

    private static readonly Gen<byte[]> Utf8 = Gen.Int[0, Pieces.Length - 1].Array[0, 120]
        .Select(picks => picks.SelectMany(pick => Pieces[pick]).ToArray());

    // Text of every kind the runs and the general decoder take: three-byte characters, ASCII digits, full-width marks.
    private static readonly byte[] Report = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("湖里区2024年，“六统一”。", 20)));

    private delegate void WindowTest(ref Utf8Window window);

    [Fact]
    public void A_window_decodes_bytes_as_the_runtime_decoder_does()
    {
        Utf8.Sample(bytes => WithWindow((ref Utf8Window window) =>
        {
            DecodeAll(ref window, bytes);

            window.Units.ToString().Should().Be(Encoding.UTF8.GetString(bytes));
        }), iter: 3000);
    }

    [Fact]
    public void A_window_maps_each_character_back_to_the_byte_it_starts_at()
    {
        Utf8.Sample(bytes => WithWindow((ref Utf8Window window) =>
        {
            DecodeAll(ref window, bytes);

            var text = window.Units.ToString();
            var expected = CharacterStarts(bytes);
            for (var unit = 0; unit <= text.Length; unit++)
            {
                if (unit < text.Length && char.IsLowSurrogate(text[unit]))
                {
                    continue;
                }

                window.Matched(unit, unit).Start.Should().Be(expected[unit], "unit {0} of {1}", unit, text.Length);
            }
        }), iter: 1000);
    }

    [Theory]
    [InlineData(new byte[] { 0x80 }, true)]
    [InlineData(new byte[] { 0xE4, 0xB8 }, true)]
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBD }, false)]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, false)]
    public void A_window_notes_an_ill_formed_sequence_where_matches_may_start_and_nothing_else(byte[] middle, bool illFormed)
    {
        byte[] bytes = [.. "湖里区"u8, .. middle, .. "六统一"u8];
        WithWindow((ref Utf8Window window) =>
        {
            DecodeAll(ref window, bytes);

            window.SawIllFormed.Should().Be(illFormed);
        });
    }

    [Fact]
    public void A_window_decodes_its_stretch_and_its_look_ahead_and_no_further()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("湖里区2024年，“六统一”。", 200)));
        WithWindow((ref Utf8Window window) =>
        {
            window.Decode(bytes, windowStart: 30, minStart: 0, from: 59, stopAt: bytes.Length, stretch: 100, lookAhead: 40);

            window.Units.ToString().Should().Be(Encoding.UTF8.GetString(bytes, 30, window.StopByte - 30) + Encoding.UTF8.GetString(bytes, window.StopByte, bytes.Length - window.StopByte)[..40]);
            (window.StopUnit - window.ScanUnit).Should().Be(100);
            window.Units.Length.Should().Be(window.StopUnit + 40);
        });
    }

    [Fact]
    public void A_scan_goes_on_in_the_window_from_its_last_match_until_the_window_is_reset()
    {
        WithWindow((ref Utf8Window window) =>
        {
            window.Decode(Report, windowStart: 0, minStart: 0, from: 0, stopAt: Report.Length, stretch: 50, lookAhead: 10);
            var buffer = window.Units.ToArray();
            var (_, end) = window.Matched(9, 12);

            window.Continues(end, Report.Length).Should().BeTrue("the scan goes on from the match's end, before the window's stop");
            window.Continues(end, Report.Length - 3).Should().BeFalse("the window was decoded for another end of the scan");
            window.Continues(end + 3, Report.Length).Should().BeFalse("the window's cursor is at the match's end");
            window.Continues(window.StopByte, Report.Length).Should().BeFalse("no match starts in the window at its stop");

            window.Reset();
            var goesOn = new List<int>();
            for (var b = 0; b <= window.StopByte; b++)
            {
                if (window.Continues(b, Report.Length))
                {
                    goesOn.Add(b);
                }
            }

            goesOn.Should().BeEmpty();
            window.Units.ToArray().Should().Equal(buffer, "a reset forgets where the scan was, not what was decoded");
        });
    }

    [Fact]
    public void A_window_large_enough_decodes_again_into_the_same_buffer()
    {
        WithWindow((ref Utf8Window window) =>
        {
            window.Decode(Report, windowStart: 0, minStart: 0, from: 0, stopAt: Report.Length, stretch: 50, lookAhead: 10);
            ref readonly var first = ref window.Units[0];

            window.Decode(Report, windowStart: 0, minStart: 0, from: 9, stopAt: Report.Length, stretch: 30, lookAhead: 10);

            System.Runtime.CompilerServices.Unsafe.AreSame(in first, in window.Units[0]).Should().BeTrue();
        });
    }

    /// <summary>Runs <paramref name="test"/> on a new window and gives its buffers back to the pool, whatever the test does.</summary>
    private static void WithWindow(WindowTest test)
    {
        var window = default(Utf8Window);
        try
        {
            test(ref window);
        }
        finally
        {
            window.Dispose();
        }
    }

    /// <summary>Decodes the whole of <paramref name="bytes"/> as one window's stretch.</summary>
    private static void DecodeAll(ref Utf8Window window, byte[] bytes) =>
        window.Decode(bytes, windowStart: 0, minStart: 0, from: 0, stopAt: bytes.Length, stretch: bytes.Length + 1, lookAhead: 0);

    /// <summary>Each unit's first byte, found by decoding longer and longer prefixes with the runtime's decoder: a character
    /// starts at the longest prefix that decodes to no more than the units before it.</summary>
    private static Dictionary<int, int> CharacterStarts(byte[] bytes)
    {
        var starts = new Dictionary<int, int>();
        for (var b = 0; b <= bytes.Length; b++)
        {
            starts[Encoding.UTF8.GetCharCount(bytes, 0, b)] = b;
        }

        return starts;
    }
}
