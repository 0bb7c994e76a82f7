using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Huli.Glossary.Fuzz;

/// <summary>
/// Starting inputs, small as AFL++ likes them: each entry of the built-in glossary as a one-entry glossary file,
/// and each sentence of the report that uses a term, as UTF-16 text for the scan target.
/// </summary>
internal static class Seeds
{
    public static void Write(string folder)
    {
        var load = Directory.CreateDirectory(Path.Combine(folder, "load")).FullName;
        var scan = Directory.CreateDirectory(Path.Combine(folder, "scan")).FullName;
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var entry in Glossary.Default.Entries)
        {
            using (var file = File.Create(Path.Combine(load, $"entry-{entry.Number:00}.json")))
            using (var writer = new Utf8JsonWriter(file, options))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("entries");
                writer.WriteStartArray();
                entry.WriteTo(writer);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            foreach (var (usage, index) in entry.Usages.Select((usage, index) => (usage, index)))
            {
                File.WriteAllBytes(Path.Combine(scan, $"usage-{entry.Number:00}-{index}.txt"), ScanInput(usage.Sentence));
            }
        }

        File.WriteAllBytes(Path.Combine(scan, "damaged.txt"), ScanInput("“2 2 n”线上线下一体化企业服务体系，散租统管「六統一」模式"));
    }

    // The first byte sets the reader's chunk size, 7 so that terms straddle reads; the rest is UTF-16.
    private static byte[] ScanInput(string text) => [7, .. MemoryMarshal.AsBytes(text.AsSpan())];
}
