using System;
using System.Linq;

namespace Huli.Glossary.Tests;

/// <summary>Glossaries built in code and the default extended with an app's own entries: the same validation as a file.</summary>
public class GlossaryCompositionTests
{
    [Fact]
    public void Create_puts_entries_in_number_order_and_looks_them_up_under_any_spelling()
    {
        var glossary = Glossary.Create([Entry(41, "五个一"), Entry(40, "“三個一”", "三个一工程")]);

        glossary.Entries.Select(e => e.Number).Should().Equal(40, 41);
        glossary.Get("三个一").Number.Should().Be(40);
        glossary.Get("三个一工程").Number.Should().Be(40);
        glossary.Scan("推进“五个一”").Should().ContainSingle().Which.Entry.Number.Should().Be(41);
    }

    [Theory]
    [InlineData(GlossaryEntryKind.Note, GlossaryMatchMode.Never, null)]
    [InlineData((GlossaryEntryKind)7, GlossaryMatchMode.Always, "$.entries[0].kind")]
    [InlineData(GlossaryEntryKind.Term, (GlossaryMatchMode)9, "$.entries[0].match.when")]
    public void Create_refuses_a_kind_or_rule_that_is_no_defined_value(GlossaryEntryKind kind, GlossaryMatchMode mode, string? path)
    {
        var entry = new GlossaryEntry { Number = 1, Term = "五个一", Definition = "……", Kind = kind, MatchRule = new GlossaryMatchRule { Mode = mode } };

        var create = () => Glossary.Create([entry]);

        if (path is null)
        {
            create().Entries.Should().ContainSingle().Which.Kind.Should().Be(kind);
        }
        else
        {
            create.Should().Throw<GlossaryFormatException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be(path);
        }
    }

    [Fact]
    public void Create_of_no_entries_is_an_empty_glossary_that_finds_nothing()
    {
        var glossary = Glossary.Create([]);

        glossary.Entries.Should().BeEmpty();
        glossary.TryGet("六统一", out _).Should().BeFalse();
        glossary.Scan("散租统管“六统一”模式").Should().BeEmpty();
    }

    [Fact]
    public void With_adds_new_numbers_and_leaves_the_original_unchanged()
    {
        var extended = Glossary.Default.With([Entry(40, "五个一")]);

        extended.Entries.Should().HaveCount(40);
        extended.Get("五個一").Number.Should().Be(40);
        extended.Get("六统一").Should().BeSameAs(Glossary.Default[13]);
        Glossary.Default.Entries.Should().HaveCount(39);
        Glossary.Default.TryGet("五个一", out _).Should().BeFalse();
    }

    [Fact]
    public void With_replaces_the_entry_of_an_existing_number_and_frees_its_spellings()
    {
        var replaced = Glossary.Default.With([Entry(13, "六统一", "散租六统一")]);

        replaced.Entries.Should().HaveCount(39);
        replaced[13].Definition.Should().Be("自定义的解释。");
        replaced.Get("散租六统一").Number.Should().Be(13);
        replaced.Scan("推行散租统管“六统一”模式").Should().ContainSingle().Which.Entry.Should().BeSameAs(replaced[13]);
    }

    [Fact]
    public void With_a_spelling_another_entry_keeps_names_both_entries_and_the_spelling_without_a_place()
    {
        var act = () => Glossary.Default.With([Entry(40, "六統一")]);

        var error = act.Should().Throw<GlossaryFormatException>().Which;
        error.Message.Should().Be("entry 40, field 'term': the spelling '六統一' (folded: '六统一') also belongs to entry 13 (六统一); give it to one of them.");
        error.EntryNumber.Should().Be(40);
        error.Problems.Should().ContainSingle().Which.Path.Should().Be("$.entries[39].term", "entry 40 follows the 39 of the default");
        error.LineNumber.Should().Be(0);
        error.Column.Should().Be(0);
    }

    [Fact]
    public void Two_new_entries_with_one_number_are_refused_rather_than_one_silently_winning()
    {
        var act = () => Glossary.Default.With([Entry(40, "五个一"), Entry(40, "三个一")]);

        act.Should().Throw<GlossaryFormatException>().WithMessage("entry 40, field 'number': entry 40 (五个一), at index 39, has this number too.");
    }

    [Theory]
    [InlineData("“ ”", "is empty once quotation marks and spaces are folded away")]
    [InlineData("五个一", "field 'definition': the text is empty or blank", " ")]
    public void Entries_built_in_code_get_the_validation_of_a_file(string term, string problem, string definition = "自定义的解释。")
    {
        var entry = new GlossaryEntry { Number = 40, Term = term, Definition = definition };

        FluentActions.Invoking(() => Glossary.Create([entry])).Should().Throw<GlossaryFormatException>().WithMessage($"*{problem}*");
        FluentActions.Invoking(() => Glossary.Default.With([entry])).Should().Throw<GlossaryFormatException>().WithMessage($"*{problem}*");
    }

    [Fact]
    public void A_null_element_is_an_ArgumentNullException_naming_the_sequence()
    {
        FluentActions.Invoking(() => Glossary.Create([null!])).Should().Throw<ArgumentNullException>().WithParameterName("entries");
        FluentActions.Invoking(() => Glossary.Default.With([null!])).Should().Throw<ArgumentNullException>().WithParameterName("entries");
    }

    [Fact]
    public void Places_given_to_Create_let_a_generic_spelling_resolve_after_a_text_names_one_and_not_before()
    {
        var generic = new GlossaryEntry
        {
            Number = 1,
            Term = "三个一",
            MatchRule = new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, Generic = true },
            Definition = "自定义的解释。",
        };
        var siming = Glossary.Create([generic], places: ["思明"]);
        var nowhere = Glossary.Create([generic]);
        const string Text = "推行“三个一”。思明区推行“三个一”。";

        siming.Places.Should().Equal("思明");
        siming.Scan(Text).Should().ContainSingle().Which.Should().Match<GlossaryMatch>(m => m.Start == Text.LastIndexOf("三个一", StringComparison.Ordinal) && m.Evidence == GlossaryEvidence.DocumentContext);
        nowhere.Places.Should().BeEmpty();
        nowhere.Scan(Text).Should().BeEmpty();
    }

    [Fact]
    public void With_keeps_the_places_unless_it_is_given_others()
    {
        Glossary.Default.With([Entry(40, "五个一")]).Places.Should().Equal("湖里");
        Glossary.Default.With([], places: ["思明", "思明区"]).Places.Should().Equal("思明", "思明区");
        Glossary.Default.Places.Should().Equal("湖里");
    }

    [Theory]
    [InlineData(" ", "field 'places[0]': the text is empty or blank")]
    [InlineData("“”", "field 'places[0]': the place name is empty once quotation marks and spaces are folded away")]
    public void A_place_with_nothing_to_find_is_refused_naming_it(string place, string problem)
    {
        FluentActions.Invoking(() => Glossary.Create([], places: [place])).Should().Throw<GlossaryFormatException>().WithMessage($"*{problem}*");
        FluentActions.Invoking(() => Glossary.Default.With([], places: ["思明", place])).Should().Throw<GlossaryFormatException>().WithMessage("*places[1]*");
        FluentActions.Invoking(() => Glossary.Create([], places: [null!])).Should().Throw<ArgumentNullException>().WithParameterName("places");
    }

    private static GlossaryEntry Entry(int number, string term, params string[] aliases) => new()
    {
        Number = number,
        Term = term,
        Aliases = aliases.Select(alias => new GlossaryAlias { Text = alias }).ToList(),
        Definition = "自定义的解释。",
    };
}
