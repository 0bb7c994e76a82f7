using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Huli.Glossary.Internal;

/// <summary>Argument checks in one place, so every public member reports a null the same way.</summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(name);
        }

        return value;
    }

    [DoesNotReturn]
    private static void ThrowNull(string? name) => throw new ArgumentNullException(name);
}
