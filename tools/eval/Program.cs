using System;
using System.IO;
using System.Linq;
using System.Text;
using Huli.Glossary;

var dir = args[0];
foreach (var file in Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
{
    var text = File.ReadAllText(file, Encoding.UTF8);
    foreach (var m in Glossary.Default.Scan(text))
    {
        var a = Math.Max(0, m.Start - 15);
        var b = Math.Min(text.Length, m.End + 15);
        Console.WriteLine($"{Path.GetFileName(file)}\t{m.Start}\t{m.Entry.Number}\t{m.Spelling}\t{text.Substring(a, b - a).Replace('\n', ' ')}");
    }
}
