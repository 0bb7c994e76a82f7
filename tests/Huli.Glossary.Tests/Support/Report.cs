using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Huli.Glossary.Tests.Support;

/// <summary>
/// The web copy of the report kept in Data/report.txt (damaged exactly as published, footer removed),
/// and the damage itself, so tests compare the shipped data with the source by program, not by eye.
/// </summary>
internal static class Report
{
    private static readonly Lazy<string> Text = new(() => Read("report.txt"));

    /// <summary>The whole copy: the body, the line 名词解释 and the 39 explanations.</summary>
    public static string Full => Text.Value;

    /// <summary>The report's body, up to the heading 名词解释.</summary>
    public static string Body => Full.Substring(0, Full.IndexOf("\n  名词解释", StringComparison.Ordinal));

    /// <summary>The 39 explanations as the copy prints them, split at the first ":" of each line.</summary>
    public static IReadOnlyList<(string Term, string Definition)> Explanations { get; } = ParseExplanations(Full);

    /// <summary>The copy in traditional characters, as converted by tools/opencc-table (Taiwan or Hong Kong standard).</summary>
    public static string Traditional(string region) => Read($"report.zh-{region}.txt");

    /// <summary>Parses the explanations of the copy or of a character-for-character conversion of it.</summary>
    public static IReadOnlyList<(string Term, string Definition)> ParseExplanations(string full)
    {
        // The heading itself is converted in the traditional copies (名詞解釋), but it stays at the same offset.
        var start = Text.Value.IndexOf("\n  名词解释", StringComparison.Ordinal);
        return full.Substring(start)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('.') || line.StartsWith("22.", StringComparison.Ordinal))
            .Select(line => line.Substring(line.IndexOf('.') + 1).TrimStart())
            .Select(line => (line.Substring(0, line.IndexOf(':')), line.Substring(line.IndexOf(':') + 1)))
            .ToList();
    }

    /// <summary>
    /// What the web copy did to the report: "+" became a space, Latin letters were lowercased, and the
    /// full-width punctuation ，；：（）！ became ASCII.
    /// </summary>
    public static string Damage(string text)
    {
        var damaged = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            damaged.Append(c switch
            {
                '+' or '＋' => ' ',
                >= 'A' and <= 'Z' => (char)(c + 32),
                '，' => ',',
                '；' => ';',
                '：' => ':',
                '（' => '(',
                '）' => ')',
                '！' => '!',
                _ => c,
            });
        }

        return damaged.ToString();
    }

    public static string DataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Data", fileName);

    private static string Read(string fileName) => File.ReadAllText(DataPath(fileName), Encoding.UTF8);
}
