using System;
using System.Linq;

namespace Huli.Glossary.Tests.Data;

/// <summary>
/// The content checks every glossary goes through, file or code: each problem at the JSON path of the value that has
/// it, with the entry's number, so that a person goes straight to the place.
/// </summary>
public class GlossaryValidatorTests
{
    [Theory]
    [InlineData("$.title")]
    [InlineData("$.source")]
    [InlineData("$.places[0]")]
    [InlineData("$.places[1]")]
    [InlineData("$.entries[0].term")]
    [InlineData("$.entries[1].term")]
    [InlineData("$.entries[1].match.before[0]")]
    [InlineData("$.entries[1].match.before[1]")]
    [InlineData("$.entries[1].match.after[1]")]
    [InlineData("$.entries[1].aliases[0].text")]
    [InlineData("$.entries[1].aliases[1].text")]
    [InlineData("$.entries[1].aliases[1].match.before[0]")]
    [InlineData("$.entries[1].aliases[1].match.after[1]")]
    [InlineData("$.entries[1].definition")]
    [InlineData("$.entries[1].components[0].text")]
    [InlineData("$.entries[1].components[1].text")]
    [InlineData("$.entries[1].components[1].items[1].text")]
    [InlineData("$.entries[1].components[1].items[1].items[0].text")]
    [InlineData("$.entries[1].countNote")]
    [InlineData("$.entries[1].usages[0].section")]
    [InlineData("$.entries[1].usages[1].section")]
    [InlineData("$.entries[1].usages[1].sentence")]
    public void A_blank_text_is_reported_at_its_own_path_with_its_entrys_number(string path)
    {
        var problem = Refused(path, " ").Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Description.Should().Be("the text is empty or blank");
        problem.EntryNumber.Should().Be(path.StartsWith("$.entries[", StringComparison.Ordinal) ? path[10] - '0' + 1 : null);
    }

    [Theory]
    [InlineData("$.title")]
    [InlineData("$.places[1]")]
    [InlineData("$.entries[1].definition")]
    [InlineData("$.entries[1].match.after[1]")]
    [InlineData("$.entries[1].components[1].items[1].text")]
    [InlineData("$.entries[1].usages[1].sentence")]
    public void A_text_holding_a_unit_no_output_can_carry_is_reported_at_its_own_path(string path)
    {
        var problem = Refused(path, "一条\u0007解释。").Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Description.Should().Be("the text holds U+0007, which no output format can carry");
    }

    [Theory]
    [InlineData("$.entries[0].pinyin")]
    [InlineData("$.entries[1].pinyin")]
    [InlineData("$.entries[1].aliases[1].pinyin")]
    public void A_reading_with_a_space_at_an_end_is_reported_at_its_own_path(string path)
    {
        var problem = Refused(path, " ").Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Description.Should().Be("the syllables must be separated by single spaces, with none at either end");
    }

    [Theory]
    // Units XML cannot hold: C0 controls but tab and line breaks, U+FFFE and U+FFFF, a half of a surrogate pair alone.
    // (Written as hexadecimal because a test's name cannot carry a lone surrogate.)
    [InlineData("0000", "U+0000")]
    [InlineData("0008", "U+0008")]
    [InlineData("000B", "U+000B")]
    [InlineData("001F", "U+001F")]
    [InlineData("FFFE", "U+FFFE")]
    [InlineData("FFFF", "U+FFFF")]
    [InlineData("D840", "U+D840")]
    [InlineData("DC00", "U+DC00")]
    [InlineData("DC00 D840", "U+DC00")]
    [InlineData("4E00 D840", "U+D840")]
    [InlineData("D840 4E00", "U+D840")]
    [InlineData("D840 DC00 DC00", "U+DC00")]
    [InlineData("0001 0002", "U+0001")]
    // Everything else is text: the units right beside the refused ones, a pair in its order.
    [InlineData("0009", null)]
    [InlineData("000A", null)]
    [InlineData("000D", null)]
    [InlineData("0020", null)]
    [InlineData("FFFD", null)]
    [InlineData("D840 DC00", null)]
    [InlineData("D7FF E000", null)]
    public void Only_units_that_no_output_can_carry_are_refused_and_the_first_is_named(string units, string? named)
    {
        var text = new string(units.Split(' ').Select(unit => (char)Convert.ToInt32(unit, 16)).ToArray());

        var problems = Refused("$.entries[1].definition", "一条解释" + text);

        problems.Select(p => p.Description).Should().Equal(
            named is null ? Array.Empty<string>() : new[] { $"the text holds {named}, which no output format can carry" });
    }

    [Fact]
    public void An_entry_numbered_below_1_has_its_problems_reported_without_a_number_and_a_repeated_number_names_the_first_holder()
    {
        var entries = new[]
        {
            new GlossaryEntry { Number = 3, Term = "五个一", Definition = "一条解释。" },
            new GlossaryEntry { Number = 0, Term = "五个一", Definition = " " },
            new GlossaryEntry { Number = -1, Term = "两个一", Definition = "一条解释。" },
            new GlossaryEntry { Number = 3, Term = "六个一", Definition = "一条解释。" },
            new GlossaryEntry { Number = 3, Term = "七个一", Definition = "一条解释。" },
        };

        var problems = FluentActions.Invoking(() => Glossary.Create(entries)).Should().Throw<GlossaryFormatException>().Which.Problems;

        problems.Select(p => (p.Path, p.EntryNumber, p.Description)).Should().Equal(
            ("$.entries[1].number", null, "the number must be 1 or more, found 0"),
            ("$.entries[1].definition", null, "the text is empty or blank"),
            ("$.entries[1].term", null, "the spelling '五个一' (folded: '五个一') also belongs to entry 3 (五个一); give it to one of them"),
            ("$.entries[2].number", null, "the number must be 1 or more, found -1"),
            ("$.entries[3].number", 3, "entry 3 (五个一), at index 0, has this number too"),
            ("$.entries[4].number", 3, "entry 3 (五个一), at index 0, has this number too"));
    }

    [Fact]
    public void A_spelling_an_entry_gives_twice_is_no_conflict_but_one_another_entry_holds_is()
    {
        var entries = new[]
        {
            new GlossaryEntry { Number = 1, Term = "五个一", Aliases = [new GlossaryAlias { Text = "五個一" }], Definition = "一条解释。" },
            new GlossaryEntry { Number = 2, Term = "三个一", Aliases = [new GlossaryAlias { Text = "“五个一”" }], Definition = "一条解释。" },
        };

        var problem = FluentActions.Invoking(() => Glossary.Create(entries)).Should().Throw<GlossaryFormatException>().Which.Problems
            .Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.entries[1].aliases[0].text");
        problem.EntryNumber.Should().Be(2);
        problem.Description.Should().Be("the spelling '“五个一”' (folded: '五个一') also belongs to entry 1 (五个一); give it to one of them");
    }

    [Fact]
    public void A_spelling_of_only_quotation_marks_is_reported_at_its_own_path()
    {
        const string path = "$.entries[1].aliases[0].text";

        var problem = Refused(path, "“”").Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Description.Should().Be("the spelling '“”' is empty once quotation marks and spaces are folded away");
    }

    /// <summary>
    /// The problems of a glossary of two entries that uses every field, every list twice, in which only the value at
    /// <paramref name="path"/> is <paramref name="value"/>; empty when that value is fine.
    /// </summary>
    private static System.Collections.Generic.IReadOnlyList<GlossaryProblem> Refused(string path, string value)
    {
        string Text(string at, string good) => at == path ? value : good;

        GlossaryMatchRule Rule(string at) => new()
        {
            Mode = GlossaryMatchMode.QuotedOrContext,
            Before = [Text(at + ".before[0]", "推行"), Text(at + ".before[1]", "落实")],
            After = [Text(at + ".after[0]", "机制"), Text(at + ".after[1]", "体系")],
        };

        GlossaryEntry Entry(int index, string term, string pinyin)
        {
            var at = $"$.entries[{index}]";
            return new GlossaryEntry
            {
                Number = index + 1,
                Term = Text(at + ".term", term),
                Pinyin = Text(at + ".pinyin", pinyin),
                MatchRule = Rule(at + ".match"),
                Aliases =
                [
                    new GlossaryAlias { Text = Text(at + ".aliases[0].text", term + "制"), MatchRule = Rule(at + ".aliases[0].match") },
                    new GlossaryAlias { Text = Text(at + ".aliases[1].text", term + "度"), Pinyin = Text(at + ".aliases[1].pinyin", pinyin + " dù"), MatchRule = Rule(at + ".aliases[1].match") },
                ],
                Definition = Text(at + ".definition", "一条解释。"),
                Components =
                [
                    new GlossaryComponent { Text = Text(at + ".components[0].text", "甲") },
                    new GlossaryComponent
                    {
                        Text = Text(at + ".components[1].text", "乙"),
                        Items =
                        [
                            new GlossaryComponent { Text = Text(at + ".components[1].items[0].text", "丙") },
                            new GlossaryComponent
                            {
                                Text = Text(at + ".components[1].items[1].text", "丁"),
                                Items = [new GlossaryComponent { Text = Text(at + ".components[1].items[1].items[0].text", "戊") }],
                            },
                        ],
                    },
                ],
                CountNote = Text(at + ".countNote", "一个说明。"),
                Usages =
                [
                    new GlossaryUsage { Section = Text(at + ".usages[0].section", "一、"), Sentence = Text(at + ".usages[0].sentence", "一句话。") },
                    new GlossaryUsage { Section = Text(at + ".usages[1].section", "二、"), Sentence = Text(at + ".usages[1].sentence", "二句话。") },
                ],
            };
        }

        var entries = new[] { Entry(0, "五个一", "wǔ gè yī"), Entry(1, "三个一", "sān gè yī") };
        try
        {
            Glossary.Create(entries, Text("$.title", "湖里区名词解释"), Text("$.source", "湖里区政府工作报告"), [Text("$.places[0]", "湖里"), Text("$.places[1]", "湖里区")]);
            return [];
        }
        catch (GlossaryFormatException error)
        {
            return error.Problems;
        }
    }
}
