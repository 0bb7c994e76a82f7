using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Huli.Glossary.Data.Export;

/// <summary>glossary.json's own layout, so an export of the default glossary is the file itself.</summary>
internal static class JsonExport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The file keeps CJK and “” readable; it is data, never inlined into HTML by this library.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // glossary.json has "\n" on every system; Environment.NewLine would make the Windows export differ.
        NewLine = "\n",
    };

    public static void Write(Glossary glossary, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            GlossaryWriter.Write(writer, glossary);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
