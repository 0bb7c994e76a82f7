using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Huli.Glossary.Tests.Robustness;

/// <summary>
/// The immutability rule of <see cref="MutabilityTests"/>, shared with the markup packages' tests (which link this
/// file) so every package's public types are held to the same rule.
/// </summary>
internal static class Immutability
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The public types the rule covers: all but enums and exceptions.</summary>
    public static Type[] PublicTypes(Assembly assembly) => assembly.GetExportedTypes()
        .Where(type => !type.IsEnum && !typeof(Exception).IsAssignableFrom(type))
        .ToArray();

    public static void ShouldHaveNoSetterButInitAndNoWritableField(Type type)
    {
        type.GetProperties(Declared).Where(p => p.SetMethod is { IsPublic: true } setter && !IsInit(setter))
            .Select(p => p.Name).Should().BeEmpty($"{type.Name} must not change after it is made");
        type.GetFields(Declared).Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name).Should().BeEmpty($"{type.Name}'s fields must be read-only");
    }

    public static void ShouldExposeNoChangeableCollection(Type type) =>
        type.GetProperties(Declared)
            .Where(p => IsMutableCollectionType(p.PropertyType))
            .Select(p => $"{p.Name}: {p.PropertyType.Name}").Should().BeEmpty();

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
