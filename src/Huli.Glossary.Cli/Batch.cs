using System;

namespace Huli.Glossary.Cli;

/// <summary>
/// The --batch mode of lookup and search: one query per line of standard input, one JSON line per query, in order,
/// so that a script pays for one process, not one per query. A blank line is a query that finds nothing.
/// </summary>
internal static class Batch
{
    // Far beyond any query, and a bound on what one line can make the tool hold.
    private const int MaxQueryLength = 100_000;

    public static int Run(CliContext context, string encoding, Action<JsonOutput, string> answer)
    {
        using var input = TextInput.Open(context.Stdin, encoding, "standard input");
        using var output = JsonOutput.Lines(context);
        var lines = new LineReader(input.Reader);
        while (lines.ReadLine(MaxQueryLength, number => $"--batch: line {number} is longer than {MaxQueryLength:N0} characters; a query is one term or a few words a line.") is { } line)
        {
            answer(output, line);
        }

        input.WarnIfInvalid(context.Stderr);
        return ExitCodes.Success;
    }
}
