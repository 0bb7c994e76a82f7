using System;
using System.IO;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Data;

/// <summary>Custom glossaries: every mistake is reported with its 1-based line and column, entry and field.</summary>
public class GlossaryReaderTests
{
    [Fact]
    public void A_minimal_glossary_loads_and_looks_up()
    {
        var glossary = GlossaryJson.Load(GlossaryJson.Document(GlossaryJson.Entry13));

        glossary.Get("六統一").Number.Should().Be(13);
    }

    [Fact]
    public void Invalid_json_is_reported_at_its_1_based_line_and_column()
    {
        // Line 3 holds the broken token: four spaces, {"term": "名" and a space put its "x" in column 18, counting 名 as one.
        var json = "{\n  \"entries\": [\n    {\"term\": \"名\" x}\n  ]\n}";

        var act = () => GlossaryJson.Load(json);

        var error = act.Should().Throw<GlossaryFormatException>().Which;
        error.LineNumber.Should().Be(3);
        error.Column.Should().Be(18);
        error.Message.Should().StartWith("glossary(3,18): ").And.Contain("not valid JSON").And.NotContain("LineNumber:");
    }

    [Fact]
    public void A_missing_field_names_the_entry_number_and_the_field()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"definition\": \"统一租金涨幅标准。\",", string.Empty));

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.EntryNumber.Should().Be(13);
        error.Field.Should().Be("definition");
        error.LineNumber.Should().Be(3, "the entry's opening brace is on line 3");
        error.Message.Should().Be("glossary(3,1): entry 13, field 'definition': the field is missing.");
    }

    [Fact]
    public void An_ill_typed_field_names_the_entry_the_field_and_both_types()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"统一租金涨幅标准。\"", "42"));

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Should().Be("glossary(8,17): entry 13, field 'definition': expected a string, found the number 42.");
    }

    [Fact]
    public void An_unknown_field_is_reported_not_ignored()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"aliases\": [],", "\"alias\": [],"));

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Field.Should().Be("alias");
        error.Message.Should().Contain("entry 13, field 'alias': unknown field");
    }

    [Fact]
    public void Sense_fields_are_read_generic_per_spelling_shared_per_entry_places_per_glossary()
    {
        var entry = GlossaryJson.Entry13.Replace("\"aliases\": [],", "\"aliases\": [{\"text\": \"六统\", \"match\": {\"when\": \"quotedOrContext\", \"generic\": true}}], \"shared\": true,");
        var json = GlossaryJson.Document(entry).Replace("{\n  \"entries\"", "{\n  \"places\": [\"湖里\"],\n  \"entries\"");

        var glossary = GlossaryJson.Load(json);

        glossary[13].Shared.Should().BeTrue();
        glossary[13].Aliases[0].MatchRule.Generic.Should().BeTrue();
        glossary[13].MatchRule.Generic.Should().BeFalse();
        glossary.Places.Should().Equal("湖里");
    }

    [Theory]
    [InlineData("\"shared\": \"yes\",", "field 'shared': expected true or false, found a string")]
    [InlineData("\"match\": {\"generic\": 1},", "field 'match.generic': expected true or false, found the number 1")]
    public void A_sense_field_that_is_not_a_boolean_is_refused_naming_the_entry_and_field(string field, string problem)
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"aliases\": [],", field + " \"aliases\": [],"));

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Should().Contain("entry 13, " + problem);
    }

    [Fact]
    public void A_blank_place_name_is_refused()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13).Replace("{\n  \"entries\"", "{\n  \"places\": [\" \"],\n  \"entries\"");

        FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().WithMessage("*places*empty or blank*");
    }

    [Fact]
    public void A_nested_field_is_named_by_its_path()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"aliases\": []", "\"aliases\": [{\"text\": \"x\", \"match\": {\"when\": \"sometimes\"}}]"));

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Field.Should().Be("aliases[0].match.when");
        error.Message.Should().Contain("'sometimes' is not one of always, quotedOrContext, never");
    }

    [Fact]
    public void A_spelling_claimed_by_two_entries_after_folding_names_both_entries_and_the_spelling()
    {
        var other = GlossaryJson.Entry13.Replace("13", "40").Replace("\"六统一\"", "\"六統一\"");

        var error = FluentActions.Invoking(() => GlossaryJson.Load(GlossaryJson.Document(GlossaryJson.Entry13, other)))
            .Should().Throw<GlossaryFormatException>().Which;

        error.EntryNumber.Should().Be(40);
        error.Message.Should().Contain("'六統一'").And.Contain("entry 13 (六统一)").And.Contain("(15,11): entry 40, field 'term'", "entry 40's term is on line 15");
    }

    [Fact]
    public void Readings_of_the_headword_and_of_aliases_are_read()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13
            .Replace("\"aliases\": []", "\"pinyin\": \"liù tǒng yī\", \"aliases\": [{\"text\": \"“六统”\", \"pinyin\": \"liù tǒng\"}]"));

        var entry = GlossaryJson.Load(json)[13];

        entry.Pinyin.Should().Be("liù tǒng yī");
        entry.Aliases[0].Pinyin.Should().Be("liù tǒng");
    }

    [Theory]
    [InlineData("liù tǒng", "has fewer tokens than '六统一'")]
    [InlineData("liù tǒng yī èr", "has more tokens than the 3 of '六统一'")]
    [InlineData("liù 2 yī", "reads '统' as '2', which is not a pinyin syllable")]
    [InlineData("liù  tǒng yī", "separated by single spaces")]
    [InlineData(" liù tǒng yī", "separated by single spaces")]
    public void A_reading_that_does_not_fit_its_spelling_is_refused_naming_the_entry(string pinyin, string problem)
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"aliases\": []", $"\"pinyin\": \"{pinyin}\", \"aliases\": []"));

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.EntryNumber.Should().Be(13);
        error.Message.Should().Contain(problem);
    }

    [Fact]
    public void Digits_and_Latin_letters_must_stay_as_written_in_a_reading()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13
            .Replace("\"六统一\"", "\"“2+2+N”体系\"").Replace("\"aliases\": []", "\"pinyin\": \"2+3+N tǐ xì\", \"aliases\": []"));

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Should().Contain("has '2+3+N' where '“2+2+N”体系' has '2+2+N'");
    }

    [Fact]
    public void A_blank_term_is_refused()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("\"六统一\"", "\"  \""));

        FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>()
            .WithMessage("*entry 13, field 'term': the text is empty or blank.");
    }

    [Theory]
    [InlineData("\\u0001", "U+0001")]
    [InlineData("\\uFFFF", "U+FFFF")]
    public void A_text_holding_a_unit_no_output_can_carry_is_refused_at_load(string escaped, string unit)
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("统一租金涨幅标准。", "统一" + escaped + "标准。"));

        FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>()
            .WithMessage($"glossary(8,17): entry 13, field 'definition': the text holds {unit}, which no output format can carry.");
    }

    [Fact]
    public void A_text_escaping_half_a_surrogate_pair_is_refused_at_load()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("统一租金涨幅标准。", "统一\\uD800标准。"));

        FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>()
            .WithMessage("glossary(8,17): entry 13, field 'definition': the text is not valid UTF-8 or escapes half a surrogate pair; save the file as UTF-8.");
    }

    [Fact]
    public void An_entry_built_in_code_with_a_control_character_is_refused()
    {
        var entry = new GlossaryEntry { Number = 40, Term = "五个一", Definition = "一\u0007二" };

        FluentActions.Invoking(() => Glossary.Create([entry])).Should().Throw<GlossaryFormatException>()
            .WithMessage("entry 40, field 'definition': the text holds U+0007, which no output format can carry.");
    }

    [Fact]
    public void Tabs_line_breaks_and_surrogate_pairs_are_fine_in_a_text()
    {
        var json = GlossaryJson.Document(GlossaryJson.Entry13.Replace("统一租金涨幅标准。", "统一\\t租金\\r\\n😀标准。"));

        GlossaryJson.Load(json)[13].Definition.Should().Be("统一\t租金\r\n😀标准。");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"entries\": []} []")]
    public void Documents_that_are_not_a_glossary_are_refused_with_a_message(string json)
    {
        FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>()
            .Which.Message.Should().StartWith("glossary(");
    }

    [Theory]
    [InlineData("{\"entries\": [{\"term\": \"\xFF\"}]}", 1, 23, "term")]
    [InlineData("{\"entries\": [{\"\xC0\xAF\": 1}]}", 1, 15, null)]
    public void Invalid_UTF_8_inside_a_string_is_a_format_error_at_the_string(string latin1, int line, int column, string? field)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(latin1);

        var error = FluentActions.Invoking(() => Glossary.Load(new MemoryStream(bytes))).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Should().Contain("not valid UTF-8");
        (error.LineNumber, error.Column, error.Field).Should().Be((line, column, field));
    }

    [Theory]
    [InlineData("a trailing comma in a list", "{\"entries\": [\n  {\"number\": 1, \"term\": \"五个一\", \"definition\": \"一条解释。\"},\n]}", 3, 1, "a comma stands before this ']'")]
    [InlineData("a trailing comma in an object", "{\"entries\": [],\n}", 2, 1, "a comma stands before this '}'")]
    [InlineData("an empty file", "", 1, 1, "the file is empty")]
    [InlineData("a file of spaces", "  \n ", 1, 1, "the file is empty")]
    [InlineData("a byte order mark in the middle", "{\"entries\":\n  \uFEFF[]}", 2, 3, "a byte order mark (U+FEFF) stands here")]
    [InlineData("a cut-off file", "{\"entries\": [", 1, 14, "the file ends before the glossary does")]
    [InlineData("a missing comma", "{\"title\": \"甲\"\n \"entries\": []}", 2, 2, "a comma is missing before '\"'")]
    [InlineData("a comment", "{\"entries\": [] // none yet\n}", 1, 16, "JSON allows no comments")]
    [InlineData("single quotation marks", "{'entries': []}", 1, 2, "double quotation marks")]
    [InlineData("an unquoted word", "{\"entries\": [], \"title\": 湖里}", 1, 26, "'湖' cannot stand here")]
    [InlineData("a second document", "{\"entries\": []} []", 1, 17, "something follows the end of the glossary's object")]
    [InlineData("a line break inside a string", "{\"title\": \"甲\n乙\", \"entries\": []}", 1, 13, "line break or control character")]
    public void A_syntax_error_is_told_in_a_persons_words_at_its_place(string description, string json, int line, int column, string words)
    {
        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>(description).Which;

        error.Message.Should().Contain(words, description);
        (error.LineNumber, error.Column).Should().Be((line, column), description);
        error.Problems.Should().ContainSingle(description);
    }

    [Theory]
    [InlineData("\"number\": 0", "field 'number': the number must be 1 or more, found 0")]
    [InlineData("\"aliases\": \"五个\"", "field 'aliases': expected a list [...], found a string")]
    [InlineData("\"kind\": 1", "field 'kind': expected one of term, note, found the number 1")]
    [InlineData("\"components\": [\"一\"]", "field 'components[0]': expected an object {…}, found a string")]
    public void A_value_of_the_wrong_kind_is_named_in_the_files_terms(string field, string words)
    {
        var json = GlossaryJson.Document("{\"number\": 1, \"term\": \"五个一\", \"definition\": \"一条解释。\"}".Replace("\"number\": 1", field.StartsWith("\"number\"", StringComparison.Ordinal) ? field : "\"number\": 1, " + field));

        FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().WithMessage($"*{words}.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"entries\": [1,]}")]
    [InlineData("{\"entries\": [{\"number\": 01}]}")]
    [InlineData("{\"entries\": [{\"number\": 1e99, \"term\": [], \"definition\": {}}]}")]
    [InlineData("{\"entries\": [{\"number\": tru}]}")]
    [InlineData("{\"entries\": \"\\x\"}")]
    [InlineData("{\"entries\": [], \"title\": null}")]
    [InlineData("\uFEFF\uFEFF{}")]
    public void No_message_shows_the_parsers_internals(string json)
    {
        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Should().NotContainAny("isFinalBlock", "LineNumber:", "BytePosition", "reader options", "System.", "Int32", "JsonTokenType", "Exception");
        error.Message.Should().StartWith("glossary(");
    }

    [Fact]
    public void Every_problem_of_every_entry_is_reported_at_once_each_at_its_line()
    {
        var json = GlossaryJson.Document(
            "{\"number\": 0, \"term\": \"五个一\", \"definition\": \"一条解释。\"}",
            "{\"number\": 2, \"term\": \" \", \"definition\": \"一条解释。\", \"colour\": \"red\"}",
            "{\"number\": 3, \"term\": \"三个一\"}");

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        // The shape comes first (an unknown field, a missing one); the content is checked once the shape is right.
        error.Problems.Select(p => (p.LineNumber, p.Path, p.EntryNumber)).Should().Equal(
            (4, "$.entries[1].colour", 2),
            (5, "$.entries[2].definition", 3));
        error.Message.Split('\n').Should().Equal(
            "glossary(4,51): entry 2, field 'colour': unknown field; check its spelling against glossary.schema.json.",
            "glossary(5,1): entry 3, field 'definition': the field is missing.");
    }

    [Fact]
    public void Every_content_problem_is_reported_at_once_each_at_its_value()
    {
        var json = GlossaryJson.Document(
            "{\"number\": 0, \"term\": \"五个一\", \"definition\": \"一条解释。\"}",
            "{\"number\": 2, \"term\": \" \", \"definition\": \"一条解释。\", \"aliases\": [{\"text\": \"五個一\"}]}");

        var error = FluentActions.Invoking(() => GlossaryJson.Load(json)).Should().Throw<GlossaryFormatException>().Which;

        error.Message.Split('\n').Should().Equal(
            "glossary(3,12): the entry at index 0, field 'number': the number must be 1 or more, found 0.",
            "glossary(4,23): entry 2, field 'term': the text is empty or blank.",
            "glossary(4,72): entry 2, field 'aliases[0].text': the spelling '五個一' (folded: '五个一') also belongs to entry 0 (五个一); give it to one of them.");
        (error.LineNumber, error.Column, error.EntryNumber, error.Field).Should().Be((3, 12, (int?)null, "number"), "the exception's own properties describe the first problem");
    }

    [Fact]
    public void A_byte_order_mark_is_fine()
    {
        var glossary = GlossaryJson.Load("\uFEFF" + GlossaryJson.Document(GlossaryJson.Entry13));

        glossary.Entries.Should().ContainSingle();
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException_with_the_parameter_name()
    {
        FluentActions.Invoking(() => Glossary.Load(null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => Glossary.LoadFile(null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
    }

    [Fact]
    public void LoadFile_of_a_missing_file_throws_FileNotFoundException_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}.json");

        FluentActions.Invoking(() => Glossary.LoadFile(path)).Should().Throw<FileNotFoundException>().WithMessage($"*{Path.GetFileName(path)}*");
    }

    [Fact]
    public void LoadFile_names_the_file_in_its_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"entries\": [");
        try
        {
            FluentActions.Invoking(() => Glossary.LoadFile(path)).Should().Throw<GlossaryFormatException>()
                .WithMessage($"{Path.GetFileName(path)}(1,*");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
