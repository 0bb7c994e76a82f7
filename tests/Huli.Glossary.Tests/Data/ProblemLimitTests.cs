using System;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Data;

/// <summary>A glossary with very many problems, or with very long texts in them, still gets a message a person can read.</summary>
public class ProblemLimitTests
{
    [Theory]
    [InlineData(1, 1, null)]
    [InlineData(100, 100, null)]
    [InlineData(101, 100, "and 1 more problem, not listed; fix these and load the glossary again")]
    [InlineData(3000, 100, "and 2900 more problems, not listed; fix these and load the glossary again")]
    public void A_file_lists_its_first_100_problems_each_at_its_line_and_counts_the_rest(int count, int listed, string? rest)
    {
        // One entry a line, each numbered 0: the entry at index i is on line 3 + i.
        var json = GlossaryJson.Document(Enumerable.Range(0, count)
            .Select(i => "{\"number\": 0, \"term\": \"词" + i + "\", \"definition\": \"一条解释。\"}").ToArray());

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Problems.Take(listed).Select(p => (p.LineNumber, p.Column, p.Path)).Should()
            .Equal(Enumerable.Range(0, listed).Select(i => (3 + i, 12, $"$.entries[{i}].number")));
        if (rest is null)
        {
            error.Problems.Should().HaveCount(listed);
            return;
        }

        error.Problems.Should().HaveCount(listed + 1);
        error.Problems[^1].Description.Should().Be(rest);
        error.Problems[^1].LineNumber.Should().Be(0, "the count of the rest has no place in the file");
        error.Message.Split('\n').Should().HaveCount(listed + 1).And.EndWith($"glossary: {rest}.");
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(150, 101)]
    public void Entries_built_in_code_list_their_first_100_problems_and_count_the_rest(int count, int problems)
    {
        var entries = Enumerable.Range(0, count).Select(i => new GlossaryEntry { Number = 1, Term = "词" + i, Definition = "一条解释。" }).Prepend(
            new GlossaryEntry { Number = 1, Term = "词", Definition = "一条解释。" });

        var error = FluentActions.Invoking(() => Glossary.Create(entries)).Should().Throw<GlossaryFormatException>().Which;

        error.Problems.Should().HaveCount(problems);
        error.Problems[99].Path.Should().Be("$.entries[100].number", "each entry after the first repeats its number");
        if (count > 100)
        {
            error.Problems[^1].Description.Should().StartWith($"and {count - 100} more problems");
        }
    }

    [Theory]
    // 40 characters are quoted whole, longer texts cut to 40 and their length; a surrogate pair is never halved.
    [InlineData(40, "", "'甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲'")]
    [InlineData(41, "", "'甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲…' (41 characters)")]
    [InlineData(39, "𠀀乙", "'甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲…' (42 characters)")]
    [InlineData(100_000, "", "'甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲…' (100000 characters)")]
    public void A_spelling_in_a_message_is_quoted_up_to_40_characters(int length, string tail, string quoted)
    {
        var spelling = new string('甲', length) + tail;
        var entries = new[]
        {
            new GlossaryEntry { Number = 1, Term = spelling, Definition = "一条解释。" },
            new GlossaryEntry { Number = 2, Term = spelling, Definition = "一条解释。" },
        };

        var error = FluentActions.Invoking(() => Glossary.Create(entries)).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Should().Be($"entry 2, field 'term': the spelling {quoted} (folded: {quoted}) also belongs to entry 1 ({quoted.Split('\'')[1]}); give it to one of them.");
    }

    [Fact]
    public void A_long_reading_that_does_not_fit_is_quoted_short()
    {
        var pinyin = string.Join(" ", Enumerable.Repeat("liu", 1000));
        var entry = new GlossaryEntry { Number = 13, Term = "六统一", Pinyin = pinyin, Definition = "一条解释。" };

        var error = FluentActions.Invoking(() => Glossary.Create([entry])).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Should().Be("entry 13, field 'pinyin': the pinyin 'liu liu liu liu liu liu liu liu liu liu …' (3999 characters) has more tokens than the 3 of '六统一' (one per Chinese character, one per run of digits and Latin letters).");
    }
}
