using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// One item a definition enumerates, or a group of them where the headword counts groups: 两改造三提升
/// has the groups 改造 (two items) and 提升 (three). Immutable and thread-safe.
/// </summary>
public sealed class GlossaryComponent
{
    private static readonly ReadOnlyCollection<GlossaryComponent> NoItems = new(Array.Empty<GlossaryComponent>());

    /// <summary>Creates a component.</summary>
    /// <param name="text">The item, or the group's label; not null.</param>
    /// <param name="items">The group's items; not null, empty for a single item.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <example><c>new GlossaryComponent("提升", [new("提升服务体系", [])])</c></example>
    public GlossaryComponent(string text, IEnumerable<GlossaryComponent> items)
    {
        Text = Guard.NotNull(text);
        var list = Guard.NotNull(items).Select(item => Guard.NotNull(item, nameof(items))).ToList();
        Items = list.Count == 0 ? NoItems : list.AsReadOnly();
    }

    /// <summary>The item's text, or the group's label.</summary>
    public string Text { get; }

    /// <summary>The items of a group; empty for a single item.</summary>
    public IReadOnlyList<GlossaryComponent> Items { get; }

    /// <summary>Whether this component is a group of items.</summary>
    public bool IsGroup => Items.Count > 0;

    /// <inheritdoc/>
    public override string ToString() => IsGroup ? $"{Text} ({Items.Count})" : Text;
}
