#if !LIBRARY_NETSTANDARD
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Huli.Glossary.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Huli.Glossary.Tests;

/// <summary>
/// Every ```csharp block of README.md, taken from the README as it is, compiled as a program of its own against the
/// library and its HTML and Markdown packages, and run: a snippet that no longer compiles, or throws, fails here, so
/// the README cannot drift.
/// </summary>
/// <remarks>The snippets write files into the current directory (huli.tbx) and read some (siming.json, report.html), so each runs
/// in a folder of its own, and the class runs apart from the parallel tests, which would see that directory change.</remarks>
[Collection(nameof(ReadmeSnippetTests))]
[CollectionDefinition(nameof(ReadmeSnippetTests), DisableParallelization = true)]
public partial class ReadmeSnippetTests
{
    // What a program of a user's gets with ImplicitUsings (a console app's set) plus the library's namespace.
    private const string ImplicitUsings = "global using System; global using System.IO; global using System.Linq; "
        + "global using System.Collections.Generic; global using System.Threading.Tasks; global using Huli.Glossary;\n";

    private static readonly string Readme = File.ReadAllText(Path.Combine(Report.DataPath(".."), "..", "..", "..", "..", "..", "README.md"));

    public static TheoryData<int, string> Snippets()
    {
        var data = new TheoryData<int, string>();
        foreach (Match block in SnippetPattern().Matches(Readme))
        {
            var line = Readme.Take(block.Index).Count(c => c == '\n') + 2;
            data.Add(line, block.Groups[1].Value);
        }

        return data;
    }

    [Fact]
    public void The_README_has_snippets_to_run()
    {
        Snippets().Count.Should().BeGreaterThanOrEqualTo(5);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Each_csharp_snippet_of_the_README_compiles_and_runs(int line, string code)
    {
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{line}",
            [CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code, path: $"README.md:{line}")],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        errors.Should().BeEmpty($"the snippet at README.md line {line} must compile");

        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"readme-{Guid.NewGuid():N}")).FullName;
        var previousDirectory = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        var context = new AssemblyLoadContext($"readme-{line}", isCollectible: true);
        try
        {
            // The file the "your own glossary" snippet reads: one entry of a neighbouring district, numbered from 40.
            File.WriteAllText(Path.Combine(folder, "siming.json"), GlossaryJson.Document(GlossaryJson.Entry13.Replace("13", "40", StringComparison.Ordinal).Replace("六统一", "思明三好", StringComparison.Ordinal)));
            // The page the HTML document snippet annotates.
            File.WriteAllText(Path.Combine(folder, "report.html"), "<!DOCTYPE html><html><head><title>报告</title></head><body><p>推行六统一</p></body></html>");
            Environment.CurrentDirectory = folder;
            using var output = new StringWriter();
            Console.SetOut(output);
            image.Position = 0;
            var entryPoint = context.LoadFromStream(image).EntryPoint!;
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            context.Unload();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform.Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Glossary).Assembly.Location)
            .Append(typeof(GlossaryHtml).Assembly.Location)
            .Append(typeof(GlossaryMarkdown).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
#endif
