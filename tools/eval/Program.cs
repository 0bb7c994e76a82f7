using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Huli.Glossary;

// Precision and recall of the matcher on real documents, per policy and per entry, against a labelled list:
//   dotnet run --project tools/eval -c Release -- [--corpus DIR] [--report FILE] [--labels FILE] [--list]
// Every match the policies find must be labelled; an unlabelled one is listed and makes the exit code 1, so a rule
// change that finds something new cannot pass unnoticed. --list prints every match with its surroundings, to label.
var root = FindRoot();
var corpus = Option("--corpus") ?? "/work/shared/corpus/reports";
var reportPath = Option("--report") ?? Path.Combine(root, "tests/Huli.Glossary.Tests/Data/report.txt");
var labelsPath = Option("--labels") ?? Path.Combine(root, "tests/Huli.Glossary.Tests/Data/sense-labels.tsv");
if (!Directory.Exists(corpus) || !File.Exists(reportPath) || !File.Exists(labelsPath))
{
    Console.Error.WriteLine($"eval: need the corpus folder ({corpus}), the report ({reportPath}) and the labels ({labelsPath}); pass --corpus, --report or --labels.");
    return 2;
}

var labels = ReadLabels(labelsPath);
var documents = new List<(string Name, string Text)>();
foreach (var file in Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
{
    documents.Add((Path.GetFileName(file), File.ReadAllText(file, Encoding.UTF8)));
}

var report = File.ReadAllText(reportPath, Encoding.UTF8);
var body = report.Substring(0, report.IndexOf("\n  名词解释", StringComparison.Ordinal));
var unlabelled = 0;
foreach (var (policy, options) in new[] { ("precise", GlossaryScanOptions.Precise), ("lenient", GlossaryScanOptions.Lenient) })
{
    Console.WriteLine($"== policy {policy} (min confidence {options.MinConfidence.ToString(CultureInfo.InvariantCulture)})");
    unlabelled += Evaluate("corpus", documents, options);
    unlabelled += Evaluate("report body", new[] { ("report.txt", body) }, options);
    Console.WriteLine();
}

return unlabelled == 0 ? 0 : 1;

int Evaluate(string collection, IReadOnlyList<(string Name, string Text)> texts, GlossaryScanOptions options)
{
    var names = new HashSet<string>(texts.Select(t => t.Name), StringComparer.Ordinal);
    var relevant = labels.Where(l => names.Contains(l.Key.File)).ToDictionary(l => l.Key, l => l.Value);
    var found = new HashSet<(string File, int Offset, int Entry)>();
    var perEntry = new SortedDictionary<int, int[]>(); // found true, found false, missed
    var missing = 0;
    foreach (var (name, text) in texts)
    {
        foreach (var match in Glossary.Default.Scan(text, options))
        {
            var key = (name, match.Start, match.Entry.Number);
            found.Add(key);
            if (Array.Exists(args, a => a == "--list"))
            {
                Console.WriteLine($"  {name}\t{match.Start}\t{match.Entry.Number}\t{match.Evidence}\t{match.Confidence}\t{Around(text, match.Start, match.End)}");
            }

            if (!relevant.TryGetValue(key, out var label))
            {
                Console.WriteLine($"  UNLABELLED {name}\t{match.Start}\t{match.Entry.Number}\t{Around(text, match.Start, match.End)}");
                missing++;
                continue;
            }

            Count(match.Entry.Number)[label.Verdict ? 0 : 1]++;
        }
    }

    foreach (var (key, label) in relevant.Where(l => l.Value.Verdict && !found.Contains(l.Key)))
    {
        Count(key.Entry)[2]++;
        Console.WriteLine($"  MISSED {key.File}\t{key.Offset}\t{key.Entry}\t{label.Reason}");
    }

    var truePositives = perEntry.Values.Sum(c => c[0]);
    var falsePositives = perEntry.Values.Sum(c => c[1]) + missing;
    var missed = perEntry.Values.Sum(c => c[2]);
    Console.WriteLine(
        $"  {collection}: {texts.Count} text(s), {truePositives + falsePositives} match(es), {truePositives} right, {falsePositives} wrong or unlabelled, " +
        $"{missed} labelled use(s) missed; precision {Ratio(truePositives, truePositives + falsePositives)}, recall {Ratio(truePositives, truePositives + missed)}");
    foreach (var (entry, counts) in perEntry)
    {
        Console.WriteLine(
            $"    {entry,2}. {Glossary.Default[entry].Term,-24} right {counts[0],3}  wrong {counts[1],3}  missed {counts[2],3}  " +
            $"precision {Ratio(counts[0], counts[0] + counts[1])}  recall {Ratio(counts[0], counts[0] + counts[2])}");
    }

    return missing;

    int[] Count(int entry) => perEntry.TryGetValue(entry, out var counts) ? counts : perEntry[entry] = new int[3];
}

static string Ratio(int part, int whole) => whole == 0 ? "  -  " : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

static string Around(string text, int start, int end)
{
    var from = Math.Max(0, start - 15);
    var to = Math.Min(text.Length, end + 15);
    return text.Substring(from, start - from) + "[" + text.Substring(start, end - start) + "]" + text.Substring(end, to - end).Replace('\n', ' ');
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static Dictionary<(string File, int Offset, int Entry), (bool Verdict, string Reason)> ReadLabels(string path)
{
    // file <TAB> offset (UTF-16) <TAB> entry <TAB> true|false <TAB> reason; # starts a comment line.
    var result = new Dictionary<(string, int, int), (bool, string)>();
    var lineNumber = 0;
    foreach (var line in File.ReadLines(path, Encoding.UTF8))
    {
        lineNumber++;
        if (line.Length == 0 || line[0] == '#')
        {
            continue;
        }

        var fields = line.Split('\t');
        if (fields.Length != 5 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var entry) || fields[3] is not ("true" or "false"))
        {
            throw new FormatException($"{path}, line {lineNumber}: expected file, offset, entry, true|false and a reason, separated by tabs.");
        }

        result.Add((fields[0], offset, entry), (fields[3] == "true", fields[4]));
    }

    return result;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Huli.Glossary.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
