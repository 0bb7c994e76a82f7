using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Huli.Glossary.Cli;

/// <summary>
/// Where <c>-o FILE</c> writes, treating the user's file as theirs: through a symbolic link to the file it names
/// (the link stays a link), straight into a FIFO or a device (a pipe stays a pipe), and into a regular file by way of
/// a temporary file beside it that takes the old file's permissions and replaces it only when complete, so that a
/// failed export never leaves half a file.
/// </summary>
internal static partial class OutputFile
{
    // st_mode's file type bits, the same on every Unix.
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>Writes the file at <paramref name="path"/> with <paramref name="write"/>; errors name <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"-o: cannot write {path}: it is a folder.");
        }

        // The final target of a chain of links; a link to a file not yet there creates that file, as cp does.
        // (A full path: .NET resolves a relative link's target against the root otherwise.)
        var full = Path.GetFullPath(path);
        try
        {
            var target = new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName;
            if (File.Exists(target) && !IsRegularFile(target))
            {
                // A FIFO or a device: what is there is the reader, not a file to replace.
                using var special = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                write(special);
                return;
            }

            ReplaceAtomically(target, write);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var reason = exception switch
            {
                DirectoryNotFoundException => "its folder does not exist",
                UnauthorizedAccessException => "permission denied",
                _ => exception.Message.TrimEnd('.'),
            };
            throw new CliException($"-o: cannot write {path}: {reason}.");
        }
    }

    private static void ReplaceAtomically(string target, Action<Stream> write)
    {
        var partial = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(file);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                // The replacement is a new file: without this, a 0600 file would come back 0644.
                File.SetUnixFileMode(partial, File.GetUnixFileMode(target));
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> is a regular file, as opposed to a FIFO, a socket or a device.</summary>
    private static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        // .NET's own portable stat (System.Native, which every .NET runtime on Unix carries and Native AOT links in):
        // FileSystemInfo exposes the permission bits but not the file type.
        var status = default(FileStatus);
        return Stat(path, ref status) != 0 || (status.Mode & TypeMask) == RegularFile;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref FileStatus status);

    /// <summary>The beginning of System.Native's FileStatus (flags, then mode); the rest is room for the fields after.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public Reserved Rest;
    }

    [InlineArray(32)]
    private struct Reserved
    {
        private long element;
    }
}
