#if NET10_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace Huli.Glossary.Matching;

/// <summary>How many bits of text the vector prefilter examines at a time; <see cref="Scalar"/> is the loop of
/// <see cref="MatchAutomaton"/>, the only one of the netstandard2.0 build.</summary>
internal enum VectorWidth
{
    Scalar = 0,
    Vector128 = 128,
    Vector256 = 256,
    Vector512 = 512,
}

#if NET10_0_OR_GREATER
/// <summary>
/// The two-unit prefilter of <see cref="MatchAutomaton"/>, 16, 32 or 64 positions at a time: a Teddy-style test
/// (the approach of Rust's aho-corasick <c>packed</c> module) over UTF-16 units. The units that start a spelling are
/// spread over eight buckets; four 16-entry tables, one per nibble of a unit, give the buckets each nibble value
/// allows, and a unit's buckets are the AND of its four lookups. Four more tables do the same for the units that may
/// follow a first unit of each bucket, and four more for the units that may follow any (quotation marks, spaces). A
/// position whose first-unit buckets meet its second unit's goes to the exact table test of
/// <see cref="MatchAutomaton"/>, then to the trie.
/// </summary>
/// <remarks>
/// <para>Each lookup is one byte shuffle (<c>pshufb</c> on x64, <c>tbl</c> on ARM64), so the one algorithm runs at
/// every width: <see cref="Vector128"/> wherever a byte shuffle is one instruction (SSSE3, NEON), and on x64 256 and
/// 512 bits (AVX2, AVX-512BW) with the same 16-entry tables in every 128-bit lane.</para>
/// <para>Immutable once built; safe to share between threads.</para>
/// </remarks>
internal sealed class VectorPrefilter
{
    private const int BucketCount = 8;

    // A glossary whose first units cover more of the ideographs than this passes too much for the vector test to pay.
    private const double MostFirstShare = 0.25;

    private readonly Nibbles first;
    private readonly Nibbles follow;
    private readonly Nibbles followAny;

    private VectorPrefilter(Nibbles first, Nibbles follow, Nibbles followAny)
    {
        this.first = first;
        this.follow = follow;
        this.followAny = followAny;
    }

    /// <summary>The widest vector this process runs fast: 512 and 256 bits on x64 (AVX-512BW, AVX2), 128 bits wherever
    /// a byte shuffle is one instruction (SSSE3, ARM64 NEON), else the scalar loop. DOTNET_EnableAVX512 (DOTNET_EnableAVX512F
    /// before .NET 10) and DOTNET_EnableAVX2 set to 0 narrow it.</summary>
    public static VectorWidth Widest { get; } =
        Vector512.IsHardwareAccelerated && Avx512BW.IsSupported ? VectorWidth.Vector512
        : Vector256.IsHardwareAccelerated && Avx2.IsSupported ? VectorWidth.Vector256
        : Vector128.IsHardwareAccelerated && (Ssse3.IsSupported || !X86Base.IsSupported) ? VectorWidth.Vector128
        : VectorWidth.Scalar;

    /// <summary>Whether this process can run <paramref name="width"/> (tests force each width the processor has).</summary>
    public static bool Runs(VectorWidth width) => width <= Widest;

    /// <summary>
    /// A prefilter for the table of <see cref="MatchAutomaton"/> (the low five bits of <paramref name="pairs"/>[unit]
    /// its group as a first unit, bit <paramref name="groupShift"/> + g set when it may follow group g), or null where
    /// the first units are so many that the test would pass most text.
    /// </summary>
    public static VectorPrefilter? TryCreate(uint[] pairs, int groupShift)
    {
        // The units that may follow every group get boxes of their own, which every bucket accepts.
        var everyGroup = ~0u << (groupShift + 1);
        var anyBoxes = new Boxes();
        for (var unit = 0; unit < pairs.Length; unit++)
        {
            if ((pairs[unit] & everyGroup) == everyGroup)
            {
                anyBoxes.AddWhereCheapest(unit);
            }
        }

        // Per group, the nibble values of the units that follow it and not every group.
        var followersOf = new Boxes(32 - groupShift);
        for (var unit = 0; unit < pairs.Length; unit++)
        {
            if ((pairs[unit] & everyGroup) == everyGroup)
            {
                continue;
            }

            for (var follows = pairs[unit] >> groupShift; follows != 0; follows &= follows - 1)
            {
                followersOf.Add(BitOperations.TrailingZeroCount(follows), unit);
            }
        }

        // Each first unit goes to the bucket where it adds least to the sum over buckets of the first box's volume
        // times the follower boxes' (the bucket's own and those of any), a rough share of the positions that pass.
        // Greedy, in unit order, so the same glossary always gets the same tables.
        var anyVolume = anyBoxes.TotalVolume;
        var firstBoxes = new Boxes();
        var followBoxes = new Boxes();
        for (var unit = 0; unit < pairs.Length; unit++)
        {
            var group = (int)(pairs[unit] & 31);
            if (group == 0)
            {
                continue;
            }

            var best = 0;
            var cheapest = double.MaxValue;
            for (var bucket = 0; bucket < BucketCount; bucket++)
            {
                var before = firstBoxes.Volume(bucket) * (followBoxes.Volume(bucket) + anyVolume);
                var after = firstBoxes.VolumeWith(bucket, Boxes.Of(unit)) * (followBoxes.VolumeWith(bucket, followersOf.Row(group)) + anyVolume);
                if (after - before < cheapest)
                {
                    (cheapest, best) = (after - before, bucket);
                }
            }

            firstBoxes.Add(best, unit);
            followBoxes.Merge(best, followersOf.Row(group));
        }

        var tables = new VectorPrefilter(firstBoxes.Tables(), followBoxes.Tables(), anyBoxes.Tables());

        // What share of the ideographs (U+4E00–U+9FFF) passes the first-unit test alone.
        var passing = 0;
        for (var unit = 0x4E00; unit < 0xA000; unit++)
        {
            passing += tables.first.Test(unit) != 0 ? 1 : 0;
        }

        return passing <= MostFirstShare * (0xA000 - 0x4E00) ? tables : null;
    }

    /// <summary>
    /// Moves <paramref name="position"/> to the first position before <paramref name="last"/> whose two units pass
    /// the exact test of <paramref name="pairs"/> and returns true; or, having found none, to the first position it
    /// did not examine (at most <paramref name="last"/>) and returns false. <paramref name="width"/> must run here.
    /// </summary>
    public bool TryFind(VectorWidth width, ReadOnlySpan<char> text, ref int position, int last, uint[] pairs, int groupShift)
    {
        ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var table = ref MemoryMarshal.GetReference(pairs.AsSpan());
        var found = width switch
        {
            VectorWidth.Vector512 => Find512(ref units, text.Length, ref position, last, ref table, groupShift),
            VectorWidth.Vector256 => Find256(ref units, text.Length, ref position, last, ref table, groupShift),
            VectorWidth.Vector128 => Find128(ref units, text.Length, ref position, last, ref table, groupShift),
            _ => -1,
        };

        if (found >= 0)
        {
            position = found;
            return found < last;
        }

        position = Math.Min(position, last);
        return false;
    }

    /// <summary>The eight bucket bits of each byte: the AND of two 16-entry tables, one indexed by the byte's low
    /// nibble, one by its high nibble. The core of the test, for UTF-16 units here and for UTF-8 bytes alike.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> Buckets(Vector128<byte> bytes, Vector128<byte> lowTable, Vector128<byte> highTable) =>
        Look(lowTable, bytes & Vector128.Create((byte)15)) & Look(highTable, Vector128.ShiftRightLogical(bytes, 4));

    private int Find128(ref ushort units, int length, ref int position, int last, ref uint table, int groupShift)
    {
        var (f, s, w) = (first, follow, followAny);
        var low = Vector128.Create((byte)15);
        var i = position;

        // Each block reads units i .. i + 16: the 16 first units and, one further on, their 16 second units.
        for (; i < last && i + 17 <= length; i += 16)
        {
            var a0 = Vector128.LoadUnsafe(ref units, (nuint)i);
            var a1 = Vector128.LoadUnsafe(ref units, (nuint)i + 8);
            var b0 = Vector128.LoadUnsafe(ref units, (nuint)i + 1);
            var b1 = Vector128.LoadUnsafe(ref units, (nuint)i + 9);
            var (aLow, aHigh) = (Vector128.Narrow(a0, a1), Vector128.Narrow(a0 >> 8, a1 >> 8));
            var (bLow, bHigh) = (Vector128.Narrow(b0, b1), Vector128.Narrow(b0 >> 8, b1 >> 8));
            var firsts = Buckets(aLow, f.T0, f.T1) & Buckets(aHigh, f.T2, f.T3);
            var (n0, n1, n2, n3) = (bLow & low, bLow >>> 4, bHigh & low, bHigh >>> 4);
            var seconds = Look(s.T0, n0) & Look(s.T1, n1) & Look(s.T2, n2) & Look(s.T3, n3);
            var anywhere = Look(w.T0, n0) & Look(w.T1, n1) & Look(w.T2, n2) & Look(w.T3, n3);
            var miss = Vector128.Equals(firsts & seconds, Vector128<byte>.Zero) & (Vector128.Equals(firsts, Vector128<byte>.Zero) | Vector128.Equals(anywhere, Vector128<byte>.Zero));
            var mask = ~miss.ExtractMostSignificantBits() & 0xFFFFu;
            if (mask != 0 && FirstExact(mask, i, last, ref units, ref table, groupShift) is var found and >= 0)
            {
                return found;
            }
        }

        position = i;
        return -1;
    }

    /// <summary>One 16-entry table lookup per byte. Native AOT compiles for a baseline without SSSE3, where
    /// <see cref="Vector128.ShuffleNative(Vector128{byte}, Vector128{byte})"/> is a loop in software; <c>Ssse3.Shuffle</c>
    /// behind its check is what it compiles to <c>pshufb</c> with a check at run time. Under the JIT the check is a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Look(Vector128<byte> table, Vector128<byte> nibbles) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(table, nibbles) : Vector128.ShuffleNative(table, nibbles);

    private int Find256(ref ushort units, int length, ref int position, int last, ref uint table, int groupShift)
    {
        var (f, s, w) = (first.To256(), follow.To256(), followAny.To256());
        var low = Vector256.Create((byte)15);
        var i = position;
        for (; i < last && i + 33 <= length; i += 32)
        {
            var a0 = Vector256.LoadUnsafe(ref units, (nuint)i);
            var a1 = Vector256.LoadUnsafe(ref units, (nuint)i + 16);
            var b0 = Vector256.LoadUnsafe(ref units, (nuint)i + 1);
            var b1 = Vector256.LoadUnsafe(ref units, (nuint)i + 17);
            var (aLow, aHigh) = (Vector256.Narrow(a0, a1), Vector256.Narrow(a0 >> 8, a1 >> 8));
            var (bLow, bHigh) = (Vector256.Narrow(b0, b1), Vector256.Narrow(b0 >> 8, b1 >> 8));
            var firsts = Avx2.Shuffle(f.T0, aLow & low) & Avx2.Shuffle(f.T1, aLow >>> 4) & Avx2.Shuffle(f.T2, aHigh & low) & Avx2.Shuffle(f.T3, aHigh >>> 4);
            var (n0, n1, n2, n3) = (bLow & low, bLow >>> 4, bHigh & low, bHigh >>> 4);
            var seconds = Avx2.Shuffle(s.T0, n0) & Avx2.Shuffle(s.T1, n1) & Avx2.Shuffle(s.T2, n2) & Avx2.Shuffle(s.T3, n3);
            var anywhere = Avx2.Shuffle(w.T0, n0) & Avx2.Shuffle(w.T1, n1) & Avx2.Shuffle(w.T2, n2) & Avx2.Shuffle(w.T3, n3);
            var miss = Vector256.Equals(firsts & seconds, Vector256<byte>.Zero) & (Vector256.Equals(firsts, Vector256<byte>.Zero) | Vector256.Equals(anywhere, Vector256<byte>.Zero));
            var mask = ~miss.ExtractMostSignificantBits();
            if (mask != 0 && FirstExact(mask, i, last, ref units, ref table, groupShift) is var found and >= 0)
            {
                return found;
            }
        }

        position = i;
        return -1;
    }

    private int Find512(ref ushort units, int length, ref int position, int last, ref uint table, int groupShift)
    {
        var (f, s, w) = (first.To512(), follow.To512(), followAny.To512());
        var low = Vector512.Create((byte)15);
        var i = position;
        for (; i < last && i + 65 <= length; i += 64)
        {
            var a0 = Vector512.LoadUnsafe(ref units, (nuint)i);
            var a1 = Vector512.LoadUnsafe(ref units, (nuint)i + 32);
            var b0 = Vector512.LoadUnsafe(ref units, (nuint)i + 1);
            var b1 = Vector512.LoadUnsafe(ref units, (nuint)i + 33);
            var (aLow, aHigh) = (Vector512.Narrow(a0, a1), Vector512.Narrow(a0 >> 8, a1 >> 8));
            var (bLow, bHigh) = (Vector512.Narrow(b0, b1), Vector512.Narrow(b0 >> 8, b1 >> 8));
            var firsts = Avx512BW.Shuffle(f.T0, aLow & low) & Avx512BW.Shuffle(f.T1, aLow >>> 4) & Avx512BW.Shuffle(f.T2, aHigh & low) & Avx512BW.Shuffle(f.T3, aHigh >>> 4);
            var (n0, n1, n2, n3) = (bLow & low, bLow >>> 4, bHigh & low, bHigh >>> 4);
            var seconds = Avx512BW.Shuffle(s.T0, n0) & Avx512BW.Shuffle(s.T1, n1) & Avx512BW.Shuffle(s.T2, n2) & Avx512BW.Shuffle(s.T3, n3);
            var anywhere = Avx512BW.Shuffle(w.T0, n0) & Avx512BW.Shuffle(w.T1, n1) & Avx512BW.Shuffle(w.T2, n2) & Avx512BW.Shuffle(w.T3, n3);
            var miss = Vector512.Equals(firsts & seconds, Vector512<byte>.Zero) & (Vector512.Equals(firsts, Vector512<byte>.Zero) | Vector512.Equals(anywhere, Vector512<byte>.Zero));
            var mask = ~miss.ExtractMostSignificantBits();
            if (mask != 0 && FirstExact(mask, i, last, ref units, ref table, groupShift) is var found and >= 0)
            {
                return found;
            }
        }

        position = i;
        return -1;
    }

    /// <summary>The first position of <paramref name="mask"/> (bit j: position <paramref name="block"/> + j) whose two
    /// units pass the exact table test; <paramref name="last"/> if the next one lies at or past it; -1 if none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstExact(ulong mask, int block, int last, ref ushort units, ref uint table, int groupShift)
    {
        for (; mask != 0; mask &= mask - 1)
        {
            var candidate = block + BitOperations.TrailingZeroCount(mask);
            if (candidate >= last)
            {
                return last;
            }

            var group = Unsafe.Add(ref table, Unsafe.Add(ref units, candidate)) & 31;
            if (((1u << (int)(group + groupShift)) & Unsafe.Add(ref table, Unsafe.Add(ref units, candidate + 1))) != 0)
            {
                return candidate;
            }
        }

        return -1;
    }

    /// <summary>Four 16-entry tables, one per nibble of a UTF-16 unit (lowest first): bit b of T<i>n</i>[v] is set when
    /// bucket b holds a unit whose nibble n is v.</summary>
    private readonly record struct Nibbles(Vector128<byte> T0, Vector128<byte> T1, Vector128<byte> T2, Vector128<byte> T3)
    {
        /// <summary>The buckets of <paramref name="unit"/>, as the vector test finds them.</summary>
        public int Test(int unit) =>
            T0.GetElement(unit & 15) & T1.GetElement((unit >> 4) & 15) & T2.GetElement((unit >> 8) & 15) & T3.GetElement(unit >> 12);

        public (Vector256<byte> T0, Vector256<byte> T1, Vector256<byte> T2, Vector256<byte> T3) To256() =>
            (Vector256.Create(T0), Vector256.Create(T1), Vector256.Create(T2), Vector256.Create(T3));

        public (Vector512<byte> T0, Vector512<byte> T1, Vector512<byte> T2, Vector512<byte> T3) To512() =>
            (Vector512.Create(T0), Vector512.Create(T1), Vector512.Create(T2), Vector512.Create(T3));
    }

    /// <summary>Boxes of units, one per row: for each of a unit's four nibbles, the set of values (16 bits) seen in the row.
    /// A box holds every unit whose nibbles are all in its sets, more than were added: its volume is that count.</summary>
    private sealed class Boxes(int rows = BucketCount)
    {
        private readonly ushort[,] sets = new ushort[rows, 4];

        public double TotalVolume
        {
            get
            {
                var total = 0.0;
                for (var row = 0; row < sets.GetLength(0); row++)
                {
                    total += Volume(row);
                }

                return total;
            }
        }

        /// <summary>The four one-value sets of <paramref name="unit"/>.</summary>
        public static ushort[] Of(int unit) =>
            [(ushort)(1 << (unit & 15)), (ushort)(1 << ((unit >> 4) & 15)), (ushort)(1 << ((unit >> 8) & 15)), (ushort)(1 << (unit >> 12))];

        public ushort[] Row(int row) => [sets[row, 0], sets[row, 1], sets[row, 2], sets[row, 3]];

        public void Add(int row, int unit) => Merge(row, Of(unit));

        public void Merge(int row, ushort[] extra)
        {
            for (var nibble = 0; nibble < 4; nibble++)
            {
                sets[row, nibble] |= extra[nibble];
            }
        }

        /// <summary>Adds <paramref name="unit"/> to the box it enlarges least (an empty box grows by one unit).</summary>
        public void AddWhereCheapest(int unit)
        {
            var best = 0;
            var cheapest = double.MaxValue;
            for (var row = 0; row < sets.GetLength(0); row++)
            {
                var growth = VolumeWith(row, Of(unit)) - Volume(row);
                if (growth < cheapest)
                {
                    (cheapest, best) = (growth, row);
                }
            }

            Add(best, unit);
        }

        public double Volume(int row) => VolumeWith(row, [0, 0, 0, 0]);

        public double VolumeWith(int row, ushort[] extra)
        {
            var volume = 1.0;
            for (var nibble = 0; nibble < 4; nibble++)
            {
                volume *= BitOperations.PopCount((uint)(sets[row, nibble] | extra[nibble]));
            }

            return volume;
        }

        /// <summary>The rows as bucket bits of four nibble tables (row b: bit b).</summary>
        public Nibbles Tables()
        {
            var tables = new byte[4, 16];
            for (var row = 0; row < sets.GetLength(0); row++)
            {
                for (var nibble = 0; nibble < 4; nibble++)
                {
                    for (var value = 0; value < 16; value++)
                    {
                        tables[nibble, value] |= (byte)(((sets[row, nibble] >> value) & 1) << row);
                    }
                }
            }

            return new Nibbles(Table(0), Table(1), Table(2), Table(3));

            Vector128<byte> Table(int nibble)
            {
                var bytes = new byte[16];
                for (var value = 0; value < 16; value++)
                {
                    bytes[value] = tables[nibble, value];
                }

                return Vector128.Create(bytes);
            }
        }
    }
}
#endif
