using System;
using System.IO;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>What scanning costs and when its results arrive.</summary>
public class ScanStreamingTests
{
    [Fact]
    public void Scanning_a_span_allocates_nothing_once_the_matcher_is_built()
    {
        var text = "优化“七办”联动机制，推行散租统管“六统一”模式。".AsSpan();
        Count(Glossary.Default, text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 100; i++)
        {
            found += Count(Glossary.Default, text);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        found.Should().Be(200);
        allocated.Should().Be(0);
    }

    [Fact]
    public void A_match_arrives_before_the_reader_has_been_read_to_its_end()
    {
        var reader = new OneReadThenFail("优化“七办”联动机制" + new string('字', 600));

        var first = Glossary.Default.Scan(reader).First();

        first.Entry.Number.Should().Be(28);
    }

    [Theory]
    [InlineData(40_000)]
    [InlineData(70_000)]
    public void A_spelling_longer_than_a_read_of_the_stream_is_found_in_a_stream(int length)
    {
        var spelling = new string('长', length) + "词";
        var glossary = Glossary.Create([new GlossaryEntry { Number = 1, Term = spelling, Definition = "一条解释。" }]);
        var text = "前" + spelling + "后" + spelling;

        var matches = glossary.Scan(new TrickleReader(text, 4093)).ToList();

        matches.Select(m => (m.Start, m.Length)).Should().Equal((1, length + 1), (length + 3, length + 1));
    }

    [Fact]
    public void A_context_word_and_its_term_are_found_in_a_stream_wherever_the_reads_cut_them()
    {
        // 十五条 counts after 福建 two spaces before it; the stream must keep 福建 in its look-behind whatever the reads.
        for (var offset = 0; offset < 300; offset++)
        {
            var text = new string('文', offset) + "福建  十五条" + new string('字', 200);

            var matches = Glossary.Default.Scan(new TrickleReader(text, 7)).ToList();

            matches.Should().ContainSingle($"offset {offset}").Which.Start.Should().Be(offset + 4);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void The_longest_context_word_four_marks_before_its_term_is_read_in_a_stream_wherever_the_reads_cut_them(int read)
    {
        // What a stream keeps behind the scan is sized by the glossary's longest context word and the quotation marks and
        // spaces that may stand between it and the term: here that word, as far off as a word may be.
        var glossary = WithContextWord(before: "福建省人民政府");
        for (var offset = 0; offset < 120; offset++)
        {
            var filler = new string('文', offset);

            glossary.Scan(new TrickleReader(filler + "福建省人民政府 “ ‘十五条，" + filler, read)).Select(m => m.Start)
                .Should().Equal([offset + 11], $"the word is read before the term at offset {offset}");
            glossary.Scan(new TrickleReader(filler + "福建省人民政 “ ‘十五条，" + filler, read))
                .Should().BeEmpty($"without its last character the word is another at offset {offset}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void The_longest_context_word_four_marks_after_the_longest_term_is_read_in_a_stream_wherever_the_reads_cut_them(int read)
    {
        // What a stream reads ahead of a match is sized by the longest match (quotation marks between the characters of the
        // spelling, up to twice its length and 32 more: 38 here) and the longest context word after it: both, near their most.
        var glossary = WithContextWord(after: "人民政府工作报告");
        var term = "十" + string.Concat(Enumerable.Repeat("‘’", 16)) + "五条";
        for (var offset = 0; offset < 120; offset++)
        {
            var filler = new string('文', offset);

            glossary.Scan(new TrickleReader(filler + term + " “ ‘人民政府工作报告" + filler, read)).Select(m => (m.Start, m.Length))
                .Should().Equal([(offset, term.Length)], $"the word is read after the term at offset {offset}");
            glossary.Scan(new TrickleReader(filler + term + " “ ‘人民政府工作报" + filler, read))
                .Should().BeEmpty($"without its last character the word is another at offset {offset}");
        }
    }

    /// <summary>A glossary of one term that counts only next to the given word or a shorter one (or in quotes).</summary>
    internal static Glossary WithContextWord(string? before = null, string? after = null) => Glossary.Create(
        [new GlossaryEntry
        {
            Number = 1,
            Term = "十五条",
            Definition = "一条解释。",
            // A shorter word beside it: what the stream keeps follows the longest.
            MatchRule = new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, Before = before is null ? ["本省"] : [before, "本省"], After = after is null ? ["体系"] : [after, "体系"] },
        }]);

    private static int Count(Glossary glossary, ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var match in glossary.Scan(text))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
