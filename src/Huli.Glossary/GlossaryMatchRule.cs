using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Huli.Glossary.Internal;

namespace Huli.Glossary;

/// <summary>
/// The rule for finding one spelling inside running text, stored per spelling in glossary.json as
/// <c>"match": {"when": "quotedOrContext", "after": ["培养机制"]}</c>. Immutable and thread-safe.
/// </summary>
public sealed class GlossaryMatchRule
{
    private static readonly ReadOnlyCollection<string> None = new(Array.Empty<string>());

    /// <summary>The rule of a spelling that matches wherever it occurs.</summary>
    public static GlossaryMatchRule Always { get; } = new(GlossaryMatchMode.Always, None, None);

    /// <summary>The rule of a spelling that is only for lookup.</summary>
    public static GlossaryMatchRule Never { get; } = new(GlossaryMatchMode.Never, None, None);

    /// <summary>Creates a rule.</summary>
    /// <param name="mode">When the spelling counts.</param>
    /// <param name="before">Words that, right before the spelling, make it count; not null, may be empty.</param>
    /// <param name="after">Words that, right after the spelling, make it count; not null, may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <example><c>new GlossaryMatchRule(GlossaryMatchMode.QuotedOrContext, [], ["培养机制"])</c></example>
    public GlossaryMatchRule(GlossaryMatchMode mode, IEnumerable<string> before, IEnumerable<string> after)
        : this(mode, Freeze(Guard.NotNull(before)), Freeze(Guard.NotNull(after)))
    {
    }

    private GlossaryMatchRule(GlossaryMatchMode mode, ReadOnlyCollection<string> before, ReadOnlyCollection<string> after)
    {
        Mode = mode;
        Before = before;
        After = after;
    }

    /// <summary>When the spelling counts.</summary>
    public GlossaryMatchMode Mode { get; }

    /// <summary>Context words that may stand right before the spelling; empty when there are none.</summary>
    public IReadOnlyList<string> Before { get; }

    /// <summary>Context words that may stand right after the spelling; empty when there are none.</summary>
    public IReadOnlyList<string> After { get; }

    /// <summary>
    /// Whether the spelling also names other things (四级, 三位一体, 千亿产业集群): outside a text about the glossary's
    /// place it needs one of its context words, and quotation marks alone are not enough. False for a distinctive
    /// spelling (六统一), which needs nothing beyond word boundaries. Stored as <c>"generic": true</c>; false unless set.
    /// </summary>
    /// <remarks>An entry marked <see cref="GlossaryEntry.Shared"/> overrides it: a shared concept resolves anywhere.</remarks>
    public bool Generic { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Before.Count == 0 && After.Count == 0
        ? Mode + (Generic ? " (generic)" : string.Empty)
        : $"{Mode}{(Generic ? " generic" : string.Empty)} (before: {string.Join("/", Before)}; after: {string.Join("/", After)})";

    private static ReadOnlyCollection<string> Freeze(IEnumerable<string> words)
    {
        var list = new List<string>();
        foreach (var word in words)
        {
            list.Add(Guard.NotNull(word, nameof(words)));
        }

        return list.Count == 0 ? None : list.AsReadOnly();
    }
}
