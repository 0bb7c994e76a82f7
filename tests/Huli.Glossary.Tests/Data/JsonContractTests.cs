using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Data;

/// <summary>GlossaryJsonContract: the library's types as JSON, alone and inside a host's options.</summary>
public class JsonContractTests
{
    private static readonly Lazy<JsonArray> FileEntries =
        new(() => JsonNode.Parse(File.ReadAllText(Report.DataPath("glossary.json")))!["entries"]!.AsArray());

    public static TheoryData<int> Numbers() => new(Glossary.Default.Entries.Select(entry => entry.Number));

    /// <summary>The contract alone, and inside options as ASP.NET Core makes them and as a host naming in snake_case would.</summary>
    private static readonly Dictionary<string, JsonSerializerOptions> HostOptions = new()
    {
        ["contract"] = GlossaryJsonContract.Options,
        ["web"] = WithContract(new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        ["snake_case"] = WithContract(new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }),
    };

    private static readonly JsonSerializerOptions ReflectionOnly = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static TheoryData<string> Hosts() => new(HostOptions.Keys);

    [Fact]
    public void Every_entry_of_glossary_json_is_in_the_table()
    {
        Glossary.Default.Entries.Should().HaveCount(39).And.HaveCount(FileEntries.Value.Count);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void An_entry_serializes_as_its_object_in_glossary_json(int number)
    {
        var written = JsonNode.Parse(JsonSerializer.Serialize(Glossary.Default[number], GlossaryJsonContract.Options))!;

        var inFile = FileEntries.Value.Single(entry => (int)entry!["number"]! == number)!;
        JsonNode.DeepEquals(written, inFile).Should().BeTrue($"entry {number} should be written as glossary.json holds it:\n{written}\n{inFile}");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Every_entry_keeps_its_glossary_json_object_whatever_the_host_options(string host)
    {
        var options = Host(host);

        var written = JsonNode.Parse(JsonSerializer.Serialize(Glossary.Default.Entries, options))!;

        JsonNode.DeepEquals(written, FileEntries.Value).Should().BeTrue(written.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Entries_read_back_through_the_contract_are_written_again_as_they_were(string host)
    {
        var options = Host(host);
        var json = FileEntries.Value.ToJsonString();

        var entries = JsonSerializer.Deserialize<GlossaryEntry[]>(json, options)!;

        entries.Select(entry => entry.Number).Should().Equal(Glossary.Default.Entries.Select(entry => entry.Number));
        entries.Single(entry => entry.Number == 13).MatchRule.Mode.Should().Be(Glossary.Default[13].MatchRule.Mode);
        JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(entries, options)), FileEntries.Value).Should().BeTrue();
    }

    [Theory]
    [InlineData(GlossaryEntryKind.Note, "note")]
    [InlineData(GlossaryMatchMode.QuotedOrContext, "quotedOrContext")]
    [InlineData(GlossaryEvidence.DistinctiveSpelling, "distinctiveSpelling")]
    [InlineData(GlossaryEvidence.SpellingOnly, "spellingOnly")]
    [InlineData(GlossarySearchKind.PinyinInitials, "pinyinInitials")]
    [InlineData(GlossarySearchKind.InQuery, "inQuery")]
    public void Enums_are_written_as_camel_case_strings_in_every_host(object value, string name)
    {
        foreach (var host in HostOptions.Keys)
        {
            JsonSerializer.Serialize(value, value.GetType(), Host(host)).Should().Be($"\"{name}\"", host);
        }
    }

    [Fact]
    public void Every_enum_member_is_written_as_a_string_and_read_back()
    {
        foreach (var type in new[] { typeof(GlossaryEntryKind), typeof(GlossaryMatchMode), typeof(GlossaryEvidence), typeof(GlossarySearchKind) })
        {
            foreach (var value in Enum.GetValues(type))
            {
                var json = JsonSerializer.Serialize(value, type, GlossaryJsonContract.Options);

                json.Should().Be($"\"{JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!)}\"");
                JsonSerializer.Deserialize(json, type, GlossaryJsonContract.Options).Should().Be(value);
            }
        }
    }

    [Fact]
    public void A_number_is_not_read_as_an_enum()
    {
        var act = () => JsonSerializer.Deserialize<GlossaryEvidence>("0", GlossaryJsonContract.Options);

        act.Should().Throw<JsonException>();
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void A_match_is_written_flat_with_its_entry_number_headword_spelling_and_evidence(string host)
    {
        var text = "推进“六統一”，开展135培养机制。";
        var matches = Glossary.Default.Scan(text);

        var json = JsonNode.Parse(JsonSerializer.Serialize(matches, Host(host)))!.AsArray();

        json.Should().HaveCount(matches.Count).And.HaveCountGreaterThan(1);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = json[i]!.AsObject();
            match.Select(field => field.Key).Should().Equal("start", "length", "number", "term", "spelling", "evidence", "confidence");
            ((int)match["start"]!).Should().Be(matches[i].Start);
            ((int)match["length"]!).Should().Be(matches[i].Length);
            ((int)match["number"]!).Should().Be(matches[i].Entry.Number);
            ((string)match["term"]!).Should().Be(matches[i].Entry.Term);
            ((string)match["spelling"]!).Should().Be(matches[i].Spelling);
            ((string)match["evidence"]!).Should().Be(JsonSerializer.Serialize(matches[i].Evidence, GlossaryJsonContract.Options).Trim('"'));
            ((double)match["confidence"]!).Should().Be(matches[i].Confidence);
        }

        ((string)json[0]!["spelling"]!).Should().Be("六统一", "the spelling is the glossary's, not the text's 六統一");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void A_search_result_is_written_with_its_score_to_three_decimals_and_its_kind_as_a_string(string host)
    {
        var results = Glossary.Default.Search("lty", 3);

        var json = JsonNode.Parse(JsonSerializer.Serialize(results, Host(host)))!.AsArray();

        var first = json[0]!.AsObject();
        first.Select(field => field.Key).Should().Equal("number", "term", "score", "kind", "matchedText", "definition");
        ((int)first["number"]!).Should().Be(13);
        ((string)first["kind"]!).Should().Be("pinyinInitials");
        ((double)first["score"]!).Should().Be(Math.Round(results[0].Score, 3));
        ((string)first["definition"]!).Should().Be(Glossary.Default[13].Definition);
    }

    [Theory]
    [InlineData(typeof(GlossaryMatch), "{\"start\":0,\"length\":3,\"number\":13,\"term\":\"六统一\",\"spelling\":\"六统一\",\"evidence\":\"caller\",\"confidence\":1}")]
    [InlineData(typeof(GlossarySearchResult), "{\"number\":13,\"term\":\"六统一\",\"score\":1,\"kind\":\"exact\",\"matchedText\":\"六统一\",\"definition\":\"x\"}")]
    public void Reading_a_match_or_a_search_result_says_to_look_the_number_up(Type type, string json)
    {
        var act = () => JsonSerializer.Deserialize(json, type, GlossaryJsonContract.Options);

        act.Should().Throw<NotSupportedException>().WithMessage("*by number*Glossary.TryGet*");
    }

    [Fact]
    public void The_options_are_read_only_and_keep_chinese_readable()
    {
        GlossaryJsonContract.Options.IsReadOnly.Should().BeTrue();
        JsonSerializer.Serialize(Glossary.Default[13], GlossaryJsonContract.Options).Should().Contain("六统一").And.NotContain("\\u");
    }

    [Fact]
    public void A_host_that_does_not_put_the_contract_first_gets_its_own_shape_for_entries()
    {
        // The reason the README's line inserts at 0: without it, the reflection resolver writes nulls and defaults.
        var written = JsonNode.Parse(JsonSerializer.Serialize(Glossary.Default[1], ReflectionOnly))!;

        JsonNode.DeepEquals(written, FileEntries.Value.Single(entry => (int)entry!["number"]! == 1)).Should().BeFalse();
    }

    private static JsonSerializerOptions Host(string host) => HostOptions[host];

    private static JsonSerializerOptions WithContract(JsonSerializerOptions options)
    {
        // What the README tells an ASP.NET Core app to write, after the host's own resolver is in place.
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        options.TypeInfoResolverChain.Insert(0, GlossaryJsonContract.TypeInfoResolver);
        return options;
    }
}
