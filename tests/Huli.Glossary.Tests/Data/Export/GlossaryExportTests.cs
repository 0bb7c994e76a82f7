using System;
using System.IO;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Data.Export;

/// <summary>The one entry point of the exports: its argument checks and its promise about the caller's stream.</summary>
public class GlossaryExportTests
{
    public static TheoryData<GlossaryExportFormat> Formats { get; } = new(Enum.GetValues<GlossaryExportFormat>());

    [Fact]
    public void A_null_glossary_throws_ArgumentNullException_naming_it()
    {
        var act = () => GlossaryExport.Write(null!, GlossaryExportFormat.Json, new MemoryStream());

        act.Should().Throw<ArgumentNullException>().WithParameterName("glossary");
    }

    [Fact]
    public void A_null_stream_throws_ArgumentNullException_naming_it()
    {
        var act = () => GlossaryExport.Write(Glossary.Default, GlossaryExportFormat.Json, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("output");
    }

    [Fact]
    public void An_undefined_format_throws_ArgumentOutOfRangeException()
    {
        var act = () => GlossaryExport.Write(Glossary.Default, (GlossaryExportFormat)99, new MemoryStream());

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("format");
    }

    [Fact]
    public void A_read_only_stream_throws_ArgumentException_before_anything_is_written()
    {
        var act = () => GlossaryExport.Write(Glossary.Default, GlossaryExportFormat.Csv, new MemoryStream(new byte[16], writable: false));

        act.Should().Throw<ArgumentException>().WithParameterName("output");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_writes_to_the_stream_and_leaves_it_open(GlossaryExportFormat format)
    {
        using var stream = new MemoryStream();

        GlossaryExport.Write(Glossary.Default, format, stream);

        stream.Length.Should().BeGreaterThan(1000);
        stream.CanWrite.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_names_every_headword_of_the_default_glossary(GlossaryExportFormat format)
    {
        var text = Exported.Text(Glossary.Default, format);

        foreach (var entry in Glossary.Default.Entries)
        {
            // JSON keeps "+" and “” as they are; only Markdown escapes, and none of the headwords needs it.
            text.Should().Contain(entry.Term);
        }
    }

    [Fact]
    public void Json_of_the_default_glossary_is_glossary_json_byte_for_byte()
    {
        var exported = Exported.Bytes(Glossary.Default, GlossaryExportFormat.Json);

        exported.Should().Equal(File.ReadAllBytes(Report.DataPath("glossary.json")));
    }

    [Fact]
    public void Json_loads_back_into_the_same_entries()
    {
        using var stream = new MemoryStream(Exported.Bytes(Exported.Tricky, GlossaryExportFormat.Json));

        var loaded = Glossary.Load(stream);

        var entry = loaded.Entries.Should().ContainSingle().Subject;
        entry.Term.Should().Be(Exported.Tricky[7].Term);
        entry.Definition.Should().Be(Exported.Tricky[7].Definition);
        entry.Aliases.Select(alias => alias.Text).Should().Equal("*a*|b", "# 1. x");
    }
}
