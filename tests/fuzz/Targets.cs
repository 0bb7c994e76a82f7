using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Fuzz;

/// <summary>
/// What AFL++ drives. A target fails (and AFL++ records a crash) on any exception but the documented ones, and on
/// any broken promise: matches out of order or out of bounds, a streamed scan that differs from the string scan,
/// JSON output that does not parse.
/// </summary>
internal static class Targets
{
    private static readonly AnnotationFormat[] Formats = [AnnotationFormat.Text, AnnotationFormat.Html, AnnotationFormat.Markdown, AnnotationFormat.Json];

    /// <summary>Any bytes as a glossary file; one that loads is then used, and merged into the default.</summary>
    public static void Load(Stream input)
    {
        Glossary glossary;
        try
        {
            glossary = Glossary.Load(input);
        }
        catch (GlossaryFormatException)
        {
            return;
        }

        foreach (var entry in glossary.Entries)
        {
            glossary.Get(entry.Term);
            Check(glossary, entry.Definition + entry.Term + string.Join("、", entry.Spellings), 7);
        }

        try
        {
            Glossary.Default.With(glossary.Entries);
        }
        catch (GlossaryFormatException)
        {
            // A custom entry may well claim a spelling of the default's; the message says so.
        }
    }

    /// <summary>Any bytes as UTF-16 text (so lone surrogates occur); the first byte picks the size of the reader's reads.</summary>
    public static void Scan(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return;
        }

        var text = new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(1, (bytes.Length - 1) & ~1)));
        Check(Glossary.Default, text, 1 + (bytes[0] % 64));
        if (!Glossary.Default.TryGet(text, out _))
        {
            try
            {
                Glossary.Default.Get(text);
            }
            catch (KeyNotFoundException)
            {
                // The documented answer for a spelling of no entry.
            }
        }
    }

    private static void Check(Glossary glossary, string text, int chunk)
    {
        var matches = glossary.Scan(text);
        var previousEnd = 0;
        foreach (var match in matches)
        {
            Require(match.Start >= previousEnd && match.End <= text.Length, $"match {match} out of order or bounds in a text of {text.Length}");
            previousEnd = match.End;
        }

        var streamed = new List<GlossaryMatch>(glossary.Scan(new TrickleReader(text, chunk)));
        Require(streamed.Count == matches.Count, $"the stream gave {streamed.Count} matches, the string {matches.Count}");
        for (var i = 0; i < streamed.Count; i++)
        {
            Require(streamed[i] == matches[i], $"the stream gave {streamed[i]}, the string {matches[i]}");
        }

        foreach (var format in Formats)
        {
            using var output = new StringWriter();
            glossary.Annotate(text, output, new AnnotationOptions { Format = format, Offsets = (OffsetUnit)(chunk % 3) });
            if (format == AnnotationFormat.Json)
            {
                using var json = JsonDocument.Parse(output.ToString());
                Require(json.RootElement.GetArrayLength() == matches.Count, "the JSON lists a different number of matches");
            }
        }
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException(problem);
        }
    }
}
