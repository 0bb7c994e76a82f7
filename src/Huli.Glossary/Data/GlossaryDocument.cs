using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Huli.Glossary.Internal;

namespace Huli.Glossary.Data;

/// <summary>glossary.json's top-level object: what the file says about its document, and the entries.</summary>
internal sealed class GlossaryDocument
{
    /// <summary>The reference editors follow to the schema; the writer always gives the one beside the file.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    /// <summary>The names of the glossary's place; empty when the file gives none, and then left out.</summary>
    [AllowNull]
    public IReadOnlyList<string> Places { get; init => field = Frozen.List(value, nameof(Places)); } = Frozen.Empty<string>.Instance;

    public required IReadOnlyList<GlossaryEntry> Entries { get; init => field = Frozen.List(value, nameof(Entries)); }
}
