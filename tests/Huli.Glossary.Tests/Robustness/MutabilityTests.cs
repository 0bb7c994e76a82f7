using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Huli.Glossary.Tests.Robustness;

/// <summary>
/// Every public type is immutable, as the documentation promises and as sharing one glossary between threads needs:
/// no public setter but <c>init</c>, no public field that is not read-only, no collection that can be changed. Found
/// by reflection (as NodaTime's MutabilityTest does), so a type added later is held to it without a test of its own.
/// </summary>
public class MutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(Glossary).Assembly.GetExportedTypes()
        .Where(type => !type.IsEnum && !typeof(Exception).IsAssignableFrom(type))
        .ToArray();

    public static TheoryData<string> Types() => new(PublicTypes.Select(type => type.Name));

    [Theory]
    [MemberData(nameof(Types))]
    public void A_public_type_has_no_setter_but_init_and_no_writable_field(string name)
    {
        var type = PublicTypes.Single(t => t.Name == name);
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        type.GetProperties(Declared).Where(p => p.SetMethod is { IsPublic: true } setter && !IsInit(setter))
            .Select(p => p.Name).Should().BeEmpty($"{name} must not change after it is made");
        type.GetFields(Declared).Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name).Should().BeEmpty($"{name}'s fields must be read-only");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_public_type_exposes_no_collection_type_that_can_be_changed(string name)
    {
        var type = PublicTypes.Single(t => t.Name == name);

        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => IsMutableCollectionType(p.PropertyType))
            .Select(p => $"{p.Name}: {p.PropertyType.Name}").Should().BeEmpty();
    }

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

    private static bool IsInit(MethodInfo setter) =>
        // By name: on netstandard2.0 the library carries its own IsExternalInit (PolySharp), not the runtime's.
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static bool IsMutableCollectionType(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>)
                || definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(HashSet<>)
                || definition == typeof(ISet<>)));
}
