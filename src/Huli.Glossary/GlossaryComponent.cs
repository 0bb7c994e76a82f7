using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// One item a definition enumerates, or a group of them where the headword counts groups: 两改造三提升
/// has the groups 改造 (two items) and 提升 (three). An object of an entry's <c>components</c> in glossary.json.
/// Immutable and thread-safe.
/// </summary>
/// <example><c>new GlossaryComponent { Text = "提升", Items = [new() { Text = "提升服务体系" }] }</c></example>
public sealed class GlossaryComponent
{
    /// <summary>The item's text, or the group's label.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public required string Text { get; init => field = Guard.NotNull(value); }

    /// <summary>The items of a group; empty (the default) for a single item. Copied when set.</summary>
    /// <exception cref="System.ArgumentNullException">An item is null. Null itself is taken as empty.</exception>
    [AllowNull]
    public IReadOnlyList<GlossaryComponent> Items { get; init => field = Frozen.List(value, nameof(Items)); } = Frozen.Empty<GlossaryComponent>.Instance;

    /// <summary>Whether this component is a group of items.</summary>
    [JsonIgnore]
    public bool IsGroup => Items.Count > 0;

    /// <inheritdoc/>
    public override string ToString() => IsGroup ? $"{Text} ({Items.Count})" : Text;
}
