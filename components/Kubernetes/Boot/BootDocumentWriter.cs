using System.Text;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Writes <see cref="BootDocuments"/> as DIR/master/… and DIR/node/… all at once: the files go to a temporary
/// directory beside DIR, which then takes DIR's place. On any failure DIR is left as it was and the
/// temporary directory is removed. An existing DIR is only replaced when it is empty or an earlier render.
/// </summary>
public static class BootDocumentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Throws <see cref="IOException"/> with a one-line message naming the directory on failure.</summary>
    public static void WriteAll(BootDocuments documents, string dir) =>
        WriteAll(documents, dir, (path, text) => File.WriteAllText(path, text, Utf8));

    /// <summary>The same, with the file-writing step replaceable so tests can make it fail halfway.</summary>
    internal static void WriteAll(BootDocuments documents, string dir, Action<string, string> writeFile)
    {
        var target = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target);
        var name = Path.GetFileName(target);
        if (string.IsNullOrEmpty(parent) || string.IsNullOrEmpty(name))
        {
            throw new IOException($"{dir}: cannot write boot documents into the file system root");
        }

        if (!Directory.Exists(parent))
        {
            throw new IOException($"{dir}: the parent directory {parent} does not exist");
        }

        if (File.Exists(target))
        {
            throw new IOException($"{dir}: is a file, expected a directory");
        }

        if (Directory.Exists(target) && !IsReplaceable(target, documents))
        {
            throw new IOException($"{dir}: refusing to replace a directory that holds files other than an earlier kaws render");
        }

        var staging = Path.Combine(parent, $".{name}.kaws-render-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.kaws-previous-{Guid.NewGuid():N}");
        try
        {
            foreach (var (relative, text) in documents.Files)
            {
                var path = Path.Combine(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                writeFile(path, text);
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
                try
                {
                    Directory.Move(staging, target);
                }
                catch
                {
                    Directory.Move(previous, target);
                    throw;
                }

                Directory.Delete(previous, recursive: true);
            }
            else
            {
                Directory.Move(staging, target);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            throw new IOException($"{dir}: could not write the boot documents ({exception.Message}); nothing was changed", exception);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Empty, or exactly the files a render writes (so re-rendering into the same DIR works).</summary>
    private static bool IsReplaceable(string target, BootDocuments documents)
    {
        var expected = documents.Files.Select(file => file.Key).ToHashSet(StringComparer.Ordinal);
        var directories = Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(target, path).Replace(Path.DirectorySeparatorChar, '/'));
        var files = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(target, path).Replace(Path.DirectorySeparatorChar, '/'));
        return directories.All(relative => relative is "master" or "node") && files.All(expected.Contains);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: the failure being reported matters more than a leftover temporary directory.
        }
    }
}
