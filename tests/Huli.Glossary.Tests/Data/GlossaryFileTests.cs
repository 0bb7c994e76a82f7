using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Huli.Glossary.Tests.Support;
using Json.Schema;

namespace Huli.Glossary.Tests.Data;

/// <summary>glossary.json as a file: its schema, and the library reading and writing it without loss.</summary>
public class GlossaryFileTests
{
    // JsonSchema.Net registers a schema by its $id globally: build it once, not once per test.
    internal static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Report.DataPath("glossary.schema.json"))));

    [Fact]
    public void Glossary_json_is_valid_against_its_schema()
    {
        var schema = Schema.Value;
        var document = JsonDocument.Parse(File.ReadAllText(Report.DataPath("glossary.json"))).RootElement;

        var result = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join("; ", Errors(result)));
    }

    [Fact]
    public void The_schema_rejects_an_entry_with_an_unknown_field()
    {
        var schema = Schema.Value;
        var document = JsonNode.Parse(File.ReadAllText(Report.DataPath("glossary.json")))!;
        document["entries"]![0]!["colour"] = "red";

        schema.Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement).IsValid.Should().BeFalse();
    }

    private static string Written(Glossary glossary)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            glossary.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Writing_the_default_glossary_gives_back_glossary_json_byte_for_byte()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Glossary.Default.WriteTo(writer);
        }

        var written = Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
        written.Should().Be(File.ReadAllText(Report.DataPath("glossary.json"), Encoding.UTF8));
    }

    [Fact]
    public void Load_reads_the_file_the_package_embeds_into_the_same_entries()
    {
        using var stream = File.OpenRead(Report.DataPath("glossary.json"));

        var loaded = Glossary.Load(stream);

        loaded.Entries.Should().HaveCount(39);
        loaded[13].Definition.Should().Be(Glossary.Default[13].Definition);
        loaded.Should().NotBeSameAs(Glossary.Default);
    }

    [Fact]
    public void The_glossary_the_package_embeds_and_reads_unchecked_passes_every_check_and_is_the_default()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream("Huli.Glossary.glossary.json")!;

        var checkedGlossary = Glossary.Load(stream);

        Written(checkedGlossary).Should().Be(Written(Glossary.Default));
    }

    [Fact]
    public void Tests_of_this_project_run_against_the_build_they_claim()
    {
        var framework = typeof(Glossary).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single().FrameworkName;
#if LIBRARY_NETSTANDARD
        framework.Should().Be(".NETStandard,Version=v2.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }

    private static System.Collections.Generic.IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
}
