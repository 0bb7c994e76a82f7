using System;
using System.IO;

namespace Huli.Glossary.Cli;

/// <summary>
/// Writes a user's output file beside its target and moves it over the target only when complete: a failed write
/// leaves an existing file as it was and no half-written one behind.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"-o: cannot write {path}: it is a folder.");
        }

        var partial = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var file = File.Create(partial))
            {
                write(file);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = exception switch
            {
                DirectoryNotFoundException => "its folder does not exist",
                UnauthorizedAccessException => "permission denied",
                _ => exception.Message,
            };
            throw new CliException($"-o: cannot write {path}: {reason}.");
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }
}
