using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Options;

namespace Huli.Glossary.Hosting;

/// <summary>
/// The glossary an app serves, built once from the options: the base glossary with each file merged in. Building it
/// is also how the options are validated, so a broken file is reported at start-up with every problem, not at the
/// first request.
/// </summary>
internal sealed class GlossaryHost
{
    private readonly Lock gate = new();
    private (GlossaryServiceOptions Options, Built Built)? last;

    /// <summary>The glossary; throws <see cref="OptionsValidationException"/> with every problem when the options are invalid.</summary>
    public Glossary GlossaryOf(GlossaryServiceOptions options) => For(options).Glossary ?? throw new OptionsValidationException(
        Options.DefaultName, typeof(GlossaryServiceOptions), For(options).Problems);

    /// <summary>Every problem of the options, one sentence each naming the option or file; empty when they are valid.</summary>
    public IReadOnlyList<string> ProblemsOf(GlossaryServiceOptions options) => For(options).Problems;

    // The validator and the glossary's factory see the same options object: the files are read once, not twice.
    private Built For(GlossaryServiceOptions options)
    {
        lock (gate)
        {
            if (last is not { } cached || !ReferenceEquals(cached.Options, options))
            {
                last = cached = (options, Build(options));
            }

            return cached.Built;
        }
    }

    private static Built Build(GlossaryServiceOptions options)
    {
        var problems = new List<string>();
        if (options.Glossary is null)
        {
            problems.Add("AddGlossary: Glossary is null; leave it unset for the report's glossary (Glossary.Default).");
        }

        if (options.Annotation is null)
        {
            problems.Add("AddGlossary: Annotation is null; leave it unset for AnnotationOptions.Default.");
        }

        if (options.MaxRequestBodySize <= 0)
        {
            problems.Add($"AddGlossary: MaxRequestBodySize must be a positive number of bytes, found {options.MaxRequestBodySize}.");
        }

        if (options.MaxQueryLength <= 0)
        {
            problems.Add($"AddGlossary: MaxQueryLength must be a positive number of characters, found {options.MaxQueryLength}.");
        }

        if (options.MaxResults <= 0)
        {
            problems.Add($"AddGlossary: MaxResults must be positive, found {options.MaxResults}.");
        }

        if (options.EntriesMaxAge < TimeSpan.Zero)
        {
            problems.Add($"AddGlossary: EntriesMaxAge cannot be negative, found {options.EntriesMaxAge}.");
        }

        var glossary = options.Glossary;
        foreach (var path in options.Files)
        {
            var merged = Merge(glossary, path, problems);
            glossary = merged ?? glossary;
        }

        return new Built(problems.Count == 0 ? glossary : null, problems);
    }

    private static Glossary? Merge(Glossary? glossary, string? path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add("AddGlossary: Files holds an empty path.");
            return null;
        }

        if (Directory.Exists(path))
        {
            problems.Add($"AddGlossary: '{path}' in Files is a directory, not a glossary file.");
            return null;
        }

        if (!File.Exists(path))
        {
            problems.Add($"AddGlossary: no such glossary file: {Path.GetFullPath(path)}");
            return null;
        }

        try
        {
            var file = Glossary.LoadFile(path);
            return glossary?.With(file.Entries, file.Title, file.Source, file.Places);
        }
        catch (GlossaryFormatException exception)
        {
            problems.AddRange(exception.Problems.Count == 0
                ? [$"AddGlossary: {path}: {exception.Message}"]
                : exception.Problems.Select(problem => $"AddGlossary: {path}: {problem}"));
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"AddGlossary: {path}: {exception.Message}");
            return null;
        }
    }

    private sealed record Built(Glossary? Glossary, IReadOnlyList<string> Problems);
}

/// <summary>Reports the options' problems when the host starts (ValidateOnStart), so a broken app never starts serving.</summary>
internal sealed class GlossaryOptionsValidator(GlossaryHost host) : IValidateOptions<GlossaryServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, GlossaryServiceOptions options) =>
        host.ProblemsOf(options) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
