#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Huli.Glossary.Matching;

/// <summary>A byte table lookup on 128-bit vectors, by the instruction's name where there is one: Native AOT compiles
/// the portable <c>Vector128.Shuffle</c> to a call into its software fallback, which took a fifth of the tool's time,
/// while it checks for SSSE3 at run time.</summary>
internal static class ByteShuffle
{
    /// <summary>The byte of <paramref name="table"/> at each index, and 0 for an index of 128 or more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indices)
    {
        if (Ssse3.IsSupported)
        {
            return Ssse3.Shuffle(table, indices);
        }

        if (AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.VectorTableLookup(table, indices);
        }

        return Vector128.Shuffle(table, indices);
    }
}
#endif
