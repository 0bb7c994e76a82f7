using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Huli.Glossary.Internal;

/// <summary>
/// Copies a list handed to an <c>init</c> accessor into a read-only one, so a caller who keeps the original
/// (or the deserializer's <see cref="List{T}"/>) cannot change an entry after the glossary validated it.
/// </summary>
internal static class Frozen
{
    /// <summary>The items, copied; null gives the empty list, because the generated deserializer sets every
    /// <c>init</c> property, passing null for a list the file leaves out.</summary>
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items, string name)
        where T : class
    {
        if (items is null)
        {
            return Empty<T>.Instance;
        }

        var copy = new List<T>();
        foreach (var item in items)
        {
            copy.Add(Guard.NotNull(item, name));
        }

        return copy.Count == 0 ? Empty<T>.Instance : copy.AsReadOnly();
    }

    public static class Empty<T>
    {
        public static readonly IReadOnlyList<T> Instance = new ReadOnlyCollection<T>(Array.Empty<T>());
    }
}
