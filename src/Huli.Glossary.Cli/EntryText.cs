using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Huli.Glossary.Cli;

/// <summary>An entry laid out for a person at a terminal.</summary>
internal static class EntryText
{
    public static void Write(TextWriter output, GlossaryEntry entry)
    {
        output.WriteLine($"{entry.Number}. {entry.Term}");
        output.WriteLine();
        output.WriteLine($"  {entry.Definition}");
        if (entry.Aliases.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"  Also written: {string.Join("  ", entry.Aliases.Select(alias => alias.Text))}");
        }

        if (entry.Components.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("  Components:");
            WriteComponents(output, entry.Components, "    ");
        }

        if (entry.Usages.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("  In the report:");
            foreach (var usage in entry.Usages)
            {
                output.WriteLine($"    {usage.Section}");
                output.WriteLine($"      {usage.Sentence}");
            }
        }
    }

    private static void WriteComponents(TextWriter output, IReadOnlyList<GlossaryComponent> components, string indent)
    {
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            output.WriteLine($"{indent}{i + 1}. {component.Text}");
            if (component.IsGroup)
            {
                WriteComponents(output, component.Items, indent + "   ");
            }
        }
    }
}
