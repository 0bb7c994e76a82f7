using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Huli.Glossary.Data.Export;

/// <summary>One row per entry, RFC 4180: fields quoted only when they hold a comma, a quote or a line break.</summary>
internal static class CsvExport
{
    private const string AliasSeparator = "; ";
    private const string ComponentSeparator = "; ";
    private const string GroupLabelSeparator = ": ";
    private const string GroupItemSeparator = "、";

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void Write(Glossary glossary, Stream output)
    {
        using var writer = ExportText.Open(output, "\r\n");
        // Excel reads a CSV without a byte order mark in the system's ANSI code page, which garbles every CJK character.
        writer.Write('\uFEFF');
        writer.WriteLine("number,term,aliases,definition,components");
        var field = new StringBuilder();
        foreach (var entry in glossary.Entries)
        {
            writer.Write(entry.Number);
            writer.Write(',');
            WriteField(writer, entry.Term);
            writer.Write(',');
            field.Clear();
            for (var i = 0; i < entry.Aliases.Count; i++)
            {
                field.Append(i == 0 ? string.Empty : AliasSeparator).Append(entry.Aliases[i].Text);
            }

            WriteField(writer, field.ToString());
            writer.Write(',');
            WriteField(writer, entry.Definition);
            writer.Write(',');
            field.Clear();
            AppendComponents(field, entry.Components, ComponentSeparator);
            WriteField(writer, field.ToString());
            writer.WriteLine();
        }
    }

    private static void AppendComponents(StringBuilder field, IReadOnlyList<GlossaryComponent> components, string separator)
    {
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            field.Append(i == 0 ? string.Empty : separator).Append(component.Text);
            if (component.IsGroup)
            {
                field.Append(GroupLabelSeparator);
                AppendComponents(field, component.Items, GroupItemSeparator);
            }
        }
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\""));
        writer.Write('"');
    }
}
