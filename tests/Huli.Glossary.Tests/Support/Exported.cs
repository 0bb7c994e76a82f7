using System.IO;
using System.Text;

namespace Huli.Glossary.Tests.Support;

/// <summary>Runs <see cref="GlossaryExport.Write"/> into memory, and a small glossary whose text needs every kind of escaping.</summary>
internal static class Exported
{
    /// <summary>One entry with a comma, quotes, a line break, XML's and Markdown's special characters, and a group.</summary>
    public static Glossary Tricky { get; } = GlossaryJson.Load(GlossaryJson.Document("""
        {
          "number": 7,
          "kind": "term",
          "term": "A, \"B\" & <C>",
          "aliases": [{ "text": "*a*|b" }, { "text": "# 1. x" }],
          "definition": "line one,\nline \"two\"\r\n# not a heading",
          "components": [{ "text": "组", "items": [{ "text": "甲" }, { "text": "乙" }] }, { "text": "丙" }],
          "usages": []
        }
        """));

    public static byte[] Bytes(Glossary glossary, GlossaryExportFormat format)
    {
        using var buffer = new MemoryStream();
        GlossaryExport.Write(glossary, format, buffer);
        return buffer.ToArray();
    }

    /// <summary>The export as text; a byte order mark stays in as U+FEFF.</summary>
    public static string Text(Glossary glossary, GlossaryExportFormat format) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(Bytes(glossary, format));
}
