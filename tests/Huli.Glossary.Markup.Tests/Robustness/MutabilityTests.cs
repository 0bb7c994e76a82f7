using System;
using System.Linq;
using Huli.Glossary.Tests.Robustness;

namespace Huli.Glossary.Markup.Tests.Robustness;

/// <summary>The core's immutability rule (<see cref="Immutability"/>), over the public types of the two markup packages.</summary>
public class MutabilityTests
{
    private static readonly Type[] PublicTypes = Immutability.PublicTypes(typeof(GlossaryHtml).Assembly)
        .Concat(Immutability.PublicTypes(typeof(GlossaryMarkdown).Assembly))
        .ToArray();

    public static TheoryData<string> Types() => new(PublicTypes.Select(type => type.FullName!));

    [Fact]
    public void Both_packages_options_types_are_covered()
    {
        PublicTypes.Should().Contain(new[] { typeof(HtmlAnnotationOptions), typeof(MarkdownAnnotationOptions) });
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_public_type_has_no_setter_but_init_and_no_writable_field(string name) =>
        Immutability.ShouldHaveNoSetterButInitAndNoWritableField(PublicTypes.Single(t => t.FullName == name));

    [Theory]
    [MemberData(nameof(Types))]
    public void A_public_type_exposes_no_collection_type_that_can_be_changed(string name) =>
        Immutability.ShouldExposeNoChangeableCollection(PublicTypes.Single(t => t.FullName == name));
}
