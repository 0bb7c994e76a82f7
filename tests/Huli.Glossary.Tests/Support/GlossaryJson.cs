using System.IO;
using System.Text;

namespace Huli.Glossary.Tests.Support;

/// <summary>Small glossaries written in tests, one entry per call, so each error case shows only what it breaks.</summary>
internal static class GlossaryJson
{
    public const string Entry13 = """
        {
          "number": 13,
          "kind": "term",
          "term": "六统一",
          "aliases": [],
          "definition": "统一租金涨幅标准。",
          "components": [],
          "usages": []
        }
        """;

    public static string Document(params string[] entries) =>
        "{\n  \"entries\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";

    public static Glossary Load(string json) => Glossary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
