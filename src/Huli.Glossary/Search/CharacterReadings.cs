using System;
using System.Collections.Generic;

namespace Huli.Glossary.Search;

/// <summary>
/// The toneless readings of a character (行 → hang, heng, xing), from <see cref="PinyinTable"/>: what lets
/// 六桶一 find 六统一. Parsed on first use, which is the first search, never at load.
/// </summary>
internal static class CharacterReadings
{
    /// <summary>The readings of a folded character; empty for one the table does not hold.</summary>
    public static string[] Of(char folded) =>
        Holder.Table.TryGetValue(folded, out var readings) ? readings : Array.Empty<string>();

    private static class Holder
    {
        internal static readonly Dictionary<char, string[]> Table = Parse(PinyinTable.Readings);

        private static Dictionary<char, string[]> Parse(string readings)
        {
            var lists = new Dictionary<char, List<string>>(8192);
            var syllable = string.Empty;
            var i = 0;
            while (i < readings.Length)
            {
                if (readings[i] is >= 'a' and <= 'z')
                {
                    var start = i;
                    while (i < readings.Length && readings[i] is >= 'a' and <= 'z')
                    {
                        i++;
                    }

                    syllable = readings.Substring(start, i - start);
                    continue;
                }

                if (!lists.TryGetValue(readings[i], out var list))
                {
                    lists.Add(readings[i], list = new List<string>(1));
                }

                list.Add(syllable);
                i++;
            }

            var table = new Dictionary<char, string[]>(lists.Count);
            foreach (var pair in lists)
            {
                table.Add(pair.Key, pair.Value.ToArray());
            }

            return table;
        }
    }
}
