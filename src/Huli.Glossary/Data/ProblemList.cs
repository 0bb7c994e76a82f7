using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Huli.Glossary.Data;

/// <summary>
/// The problems found in a glossary, as many as a person reads: the first <see cref="MaxListed"/> in the order found
/// and a count of the rest, so that a 16 MiB file with one mistake in every entry gives a short message, takes little
/// memory, and only the listed problems are looked for in the file.
/// </summary>
internal sealed class ProblemList
{
    /// <summary>How many problems are listed; one more, the last, says how many were found past them.</summary>
    public const int MaxListed = 100;

    /// <summary>How many characters of a user's text a message quotes before cutting it short.</summary>
    public const int MaxQuoted = 40;

    private readonly List<GlossaryProblem> listed = [];

    /// <summary>How many problems were found, listed or not.</summary>
    public int Count { get; private set; }

    /// <summary>The first <see cref="MaxListed"/> problems, in the order found.</summary>
    public IReadOnlyList<GlossaryProblem> Listed => listed;

    /// <summary>The closing problem that says how many more were found than listed; null when all are listed.</summary>
    public GlossaryProblem? Unlisted => Count > listed.Count
        ? new("$", null, string.Format(CultureInfo.InvariantCulture, "and {0} more {1}, not listed; fix these and load the glossary again", Count - listed.Count, Count - listed.Count == 1 ? "problem" : "problems"))
        : null;

    public void Add(GlossaryProblem problem)
    {
        if (listed.Count < MaxListed)
        {
            listed.Add(problem);
        }

        Count++;
    }

    /// <summary>The listed problems and, when some are not, the closing problem that counts them.</summary>
    public List<GlossaryProblem> ToList()
    {
        var all = new List<GlossaryProblem>(listed);
        if (Unlisted is { } unlisted)
        {
            all.Add(unlisted);
        }

        return all;
    }

    /// <summary>
    /// A user's text as a message quotes it: in single quotation marks, and past <see cref="MaxQuoted"/> characters
    /// <see cref="Shorten">shortened</see> and followed by its whole length, so a message stays one short line.
    /// </summary>
    public static string Quote(string text) => text.Length <= MaxQuoted
        ? "'" + text + "'"
        : string.Format(CultureInfo.InvariantCulture, "'{0}' ({1} characters)", Shorten(text), text.Length);

    /// <summary>A user's text cut to its first <see cref="MaxQuoted"/> characters and "…" (never between the halves of a
    /// surrogate pair), or whole when it is no longer.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaxQuoted)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return new StringBuilder(cut + 1).Append(text, 0, cut).Append('…').ToString();
    }
}
