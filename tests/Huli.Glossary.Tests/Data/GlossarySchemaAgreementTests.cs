using System;
using System.IO;
using System.Text.Json;
using Huli.Glossary.Tests.Support;
using Json.Schema;

namespace Huli.Glossary.Tests.Data;

/// <summary>
/// glossary.schema.json and the loader judge the same files the same way: an editor that validates against the
/// schema tells a person what <see cref="Glossary.Load"/> will say. Every glossary of the table goes through both.
/// </summary>
public class GlossarySchemaAgreementTests
{
    private const string Minimal = """{"number": 1, "term": "五个一", "definition": "一条解释。"}""";

    private static Lazy<JsonSchema> Schema => GlossaryFileTests.Schema;

    public static TheoryData<string, string, bool> Glossaries() => new()
    {
        { "a minimal entry: number, term, definition", GlossaryJson.Document(Minimal), true },
        { "an entry with every list", GlossaryJson.Document(GlossaryJson.Entry13), true },
        { "no entries at all", """{"entries": []}""", true },
        { "title and source", """{"title": "思明区名词解释", "source": "思明区政府工作报告", "entries": []}""", true },
        { "a note", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"kind\": \"note\",")), true },
        { "a rule with context words", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"match\": {\"when\": \"quotedOrContext\", \"after\": [\"任务\"]},")), true },
        { "a rule with an empty list of words", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"match\": {\"when\": \"never\", \"before\": []},")), true },
        { "a component with no items", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"components\": [{\"text\": \"一\", \"items\": []}],")), true },
        { "a generic spelling of a shared entry", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"match\": {\"generic\": true}, \"shared\": true,")), true },
        { "generic and shared said false", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"match\": {\"when\": \"always\", \"generic\": false}, \"shared\": false,")), true },
        { "names of the place", """{"places": ["湖里", "湖里区"], "entries": []}""", true },
        { "no names of the place", """{"places": [], "entries": []}""", true },
        { "no entries field", """{"title": "思明区名词解释"}""", false },
        { "an empty object", "{}", false },
        { "a list instead of an object", "[]", false },
        { "number 0", GlossaryJson.Document(Minimal.Replace("\"number\": 1", "\"number\": 0")), false },
        { "a negative number", GlossaryJson.Document(Minimal.Replace("\"number\": 1", "\"number\": -3")), false },
        { "a fractional number", GlossaryJson.Document(Minimal.Replace("\"number\": 1", "\"number\": 1.5")), false },
        { "a number in quotes", GlossaryJson.Document(Minimal.Replace("\"number\": 1", "\"number\": \"1\"")), false },
        { "no number", GlossaryJson.Document(Minimal.Replace("\"number\": 1, ", string.Empty)), false },
        { "no definition", GlossaryJson.Document(Minimal.Replace(", \"definition\": \"一条解释。\"", string.Empty)), false },
        { "an empty term", GlossaryJson.Document(Minimal.Replace("五个一", string.Empty)), false },
        { "a blank term", GlossaryJson.Document(Minimal.Replace("五个一", "  ")), false },
        { "a string where a list belongs", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"aliases\": \"五个\",")), false },
        { "an unknown field", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"colour\": \"red\",")), false },
        { "an unknown kind", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"kind\": \"idiom\",")), false },
        { "an unknown rule", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"match\": {\"when\": \"sometimes\"},")), false },
        { "a blank context word", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"match\": {\"when\": \"quotedOrContext\", \"after\": [\" \"]},")), false },
        { "an alias without text", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"aliases\": [{\"pinyin\": \"wǔ gè\"}],")), false },
        { "a usage without its sentence", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"usages\": [{\"section\": \"一、\"}],")), false },
        { "a reading with two spaces", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"pinyin\": \"wǔ  gè yī\",")), false },
        { "a null reading", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"pinyin\": null,")), false },
        { "an empty title", """{"title": "", "entries": []}""", false },
        { "generic as a string", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"match\": {\"generic\": \"yes\"},")), false },
        { "shared as a number", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"shared\": 1,")), false },
        { "shared as null", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"shared\": null,")), false },
        { "a blank place", """{"places": [" "], "entries": []}""", false },
        { "a place as a string, not a list", """{"places": "湖里", "entries": []}""", false },
        { "an empty count note", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"countNote\": \"\",")), false },
    };

    /// <summary>Rules across fields and of Unicode that JSON Schema cannot state: the loader alone refuses these.</summary>
    public static TheoryData<string, string> LoaderOnly() => new()
    {
        { "two entries with one number", GlossaryJson.Document(Minimal, Minimal.Replace("五个一", "三个一")) },
        { "one spelling in two entries once folded", GlossaryJson.Document(Minimal, Minimal.Replace("\"number\": 1", "\"number\": 2").Replace("五个一", "五個一")) },
        { "a reading that does not fit its spelling", GlossaryJson.Document(Minimal.Replace("\"number\": 1,", "\"number\": 1, \"pinyin\": \"wǔ gè\",")) },
        { "a place of quotation marks only, nothing once folded", """{"places": ["“”"], "entries": []}""" },
        { "a control character", GlossaryJson.Document(Minimal.Replace("一条解释。", "一条\\u0007解释。")) },
    };

    [Theory]
    [MemberData(nameof(Glossaries))]
    public void The_schema_and_the_loader_give_the_same_verdict(string description, string json, bool valid)
    {
        var schemaSays = Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;
        var loaderSays = Loads(json);

        (schemaSays, loaderSays).Should().Be((valid, valid), description);
    }

    [Theory]
    [MemberData(nameof(LoaderOnly))]
    public void Rules_the_schema_cannot_state_are_the_loaders_alone(string description, string json)
    {
        Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid.Should().BeTrue(description);
        Loads(json).Should().BeFalse(description);
    }

    [Fact]
    public void The_schema_in_docs_is_the_one_beside_glossary_json()
    {
        File.ReadAllText(Report.DataPath("docs/glossary.schema.json")).Should().Be(File.ReadAllText(Report.DataPath("glossary.schema.json")));
    }

    private static bool Loads(string json)
    {
        try
        {
            GlossaryJson.Load(json);
            return true;
        }
        catch (GlossaryFormatException)
        {
            return false;
        }
    }
}
