using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Huli.Glossary.Cli;

/// <summary>What each command does once its arguments are parsed.</summary>
internal static class Commands
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // CJK stays readable; the output is JSON, never embedded in HTML by this tool.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Lookup(Glossary glossary, string term, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!glossary.TryGet(term, out var entry))
        {
            try
            {
                glossary.Get(term);
            }
            catch (System.Collections.Generic.KeyNotFoundException notFound)
            {
                stderr.WriteLine($"huli-glossary: {notFound.Message}");
            }

            return ExitCodes.NotFound;
        }

        if (json)
        {
            WriteJson(stdout, writer => entry.WriteTo(writer));
        }
        else
        {
            EntryText.Write(stdout, entry);
        }

        return ExitCodes.Success;
    }

    public static int List(Glossary glossary, bool json, TextWriter stdout)
    {
        if (json)
        {
            WriteJson(stdout, writer =>
            {
                writer.WriteStartArray();
                foreach (var entry in glossary.Entries)
                {
                    entry.WriteTo(writer);
                }

                writer.WriteEndArray();
            });
            return ExitCodes.Success;
        }

        var width = glossary.Entries.Count == 0 ? 1 : glossary.Entries.Max(e => e.Number).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        foreach (var entry in glossary.Entries)
        {
            var kind = entry.Kind == GlossaryEntryKind.Note ? "  (note)" : string.Empty;
            stdout.WriteLine($"{entry.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}  {entry.Term}{kind}");
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter stdout, System.Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
