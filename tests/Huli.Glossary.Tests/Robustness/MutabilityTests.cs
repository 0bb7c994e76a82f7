using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Huli.Glossary.Tests.Robustness;

/// <summary>
/// Every public type is immutable, as the documentation promises and as sharing one glossary between threads needs:
/// no public setter but <c>init</c>, no public field that is not read-only, no collection that can be changed. Found
/// by reflection (as NodaTime's MutabilityTest does), so a type added later is held to it without a test of its own.
/// </summary>
public class MutabilityTests
{
    private static readonly Type[] PublicTypes = Immutability.PublicTypes(typeof(Glossary).Assembly);

    public static TheoryData<string> Types() => new(PublicTypes.Select(type => type.Name));

    [Theory]
    [MemberData(nameof(Types))]
    public void A_public_type_has_no_setter_but_init_and_no_writable_field(string name) =>
        Immutability.ShouldHaveNoSetterButInitAndNoWritableField(PublicTypes.Single(t => t.Name == name));

    [Theory]
    [MemberData(nameof(Types))]
    public void A_public_type_exposes_no_collection_type_that_can_be_changed(string name) =>
        Immutability.ShouldExposeNoChangeableCollection(PublicTypes.Single(t => t.Name == name));

    [Fact]
    public void The_lists_of_a_loaded_glossary_cannot_be_changed_through_a_cast()
    {
        var lists = Glossary.Default.Entries.SelectMany(entry => new IEnumerable[]
            {
                entry.Aliases, entry.Components, entry.Usages, entry.MatchRule.Before, entry.MatchRule.After,
            }
            .Concat(entry.Components.Select(component => component.Items))
            .Concat(entry.Aliases.SelectMany(alias => new IEnumerable[] { alias.MatchRule.Before, alias.MatchRule.After })))
            .Append(Glossary.Default.Entries)
            .ToList();

        lists.Should().HaveCountGreaterThan(39 * 5).And.OnlyContain(list => list is IList && ((IList)list).IsReadOnly);
    }

    [Fact]
    public void A_list_given_to_an_entry_is_copied_so_changing_it_later_changes_nothing()
    {
        var aliases = new List<GlossaryAlias> { new() { Text = "五个" } };
        var entry = new GlossaryEntry { Number = 40, Term = "五个一", Definition = "……", Aliases = aliases };

        aliases.Add(new GlossaryAlias { Text = "六统一" });

        entry.Aliases.Should().ContainSingle().Which.Text.Should().Be("五个");
    }
}
