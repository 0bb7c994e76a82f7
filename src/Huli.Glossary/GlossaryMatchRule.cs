using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// The rule for finding one spelling inside running text, stored per spelling in glossary.json as
/// <c>"match": {"when": "quotedOrContext", "after": ["培养机制"]}</c>. Immutable and thread-safe.
/// </summary>
/// <example><c>new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, After = ["培养机制"] }</c></example>
public sealed class GlossaryMatchRule
{
    /// <summary>The rule of a spelling that matches wherever it occurs: the default, which the file leaves out.</summary>
    public static GlossaryMatchRule Always { get; } = new() { Mode = GlossaryMatchMode.Always };

    /// <summary>The rule of a spelling that is only for lookup.</summary>
    public static GlossaryMatchRule Never { get; } = new() { Mode = GlossaryMatchMode.Never };

    /// <summary>When the spelling counts; <see cref="GlossaryMatchMode.Always"/> by default. The file's <c>when</c>.</summary>
    [JsonPropertyName("when")]
    public GlossaryMatchMode Mode { get; init; }

    /// <summary>Context words that may stand right before the spelling; empty (the default) when there are none. Copied when set.</summary>
    /// <exception cref="System.ArgumentNullException">A word is null. Null itself is taken as empty.</exception>
    [AllowNull]
    public IReadOnlyList<string> Before { get; init => field = Frozen.List(value, nameof(Before)); } = Frozen.Empty<string>.Instance;

    /// <summary>Context words that may stand right after the spelling; empty (the default) when there are none. Copied when set.</summary>
    /// <exception cref="System.ArgumentNullException">A word is null. Null itself is taken as empty.</exception>
    [AllowNull]
    public IReadOnlyList<string> After { get; init => field = Frozen.List(value, nameof(After)); } = Frozen.Empty<string>.Instance;

    /// <summary>
    /// Whether the spelling also names other things (四级, 三位一体, 千亿产业集群): outside a text about the glossary's
    /// place it needs one of its context words, and quotation marks alone are not enough. False (the default) for a
    /// distinctive spelling (六统一), which needs nothing beyond word boundaries. The file's <c>"generic": true</c>,
    /// left out when false.
    /// </summary>
    /// <remarks>An entry marked <see cref="GlossaryEntry.Shared"/> overrides it: a shared concept resolves anywhere.</remarks>
    /// <example><c>new GlossaryMatchRule { Mode = GlossaryMatchMode.QuotedOrContext, Generic = true }</c></example>
    public bool Generic { get; init; }

    /// <summary>Whether this rule says no more than the default: always, with no context words, not generic.</summary>
    internal bool IsDefault => Mode == GlossaryMatchMode.Always && Before.Count == 0 && After.Count == 0 && !Generic;

    /// <inheritdoc/>
    public override string ToString() => Before.Count == 0 && After.Count == 0
        ? Mode + (Generic ? " (generic)" : string.Empty)
        : $"{Mode}{(Generic ? " generic" : string.Empty)} (before: {string.Join("/", Before)}; after: {string.Join("/", After)})";
}
