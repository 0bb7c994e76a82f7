namespace Huli.Glossary.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but found nothing (an unknown term).</summary>
    public const int NotFound = 1;

    /// <summary>The command could not run: bad usage, a missing or invalid file.</summary>
    public const int UsageError = 2;

    /// <summary>Something failed that no user can fix: a bug, reported as one line rather than a stack trace.</summary>
    public const int InternalError = 3;
}
