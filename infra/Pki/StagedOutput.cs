namespace Kaws.Infra.Pki;

/// <summary>
/// Writes a command's output files into a private staging directory next to the target directory and moves them
/// into place only when every file is written, so a failure never leaves partial output. Private files are
/// created with mode 0600 from the first byte (never chmod-ed afterwards).
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDirectory = PrivateFile | UnixFileMode.UserExecute;
    private const UnixFileMode PublicFile = PrivateFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string _target;
    private readonly string _staging;
    private readonly List<string> _names = [];

    public StagedOutput(string targetDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            throw WindowsUnsupported();
        }

        _target = Path.GetFullPath(targetDirectory);
        var parent = Path.GetDirectoryName(_target.TrimEnd(Path.DirectorySeparatorChar)) ?? _target;
        if (!Directory.Exists(parent))
        {
            throw PkiFailure.BadInput($"--out {targetDirectory}: the parent directory {parent} does not exist");
        }

        _staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.kaws-staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(_staging, PrivateDirectory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw PkiFailure.BadInput($"--out {targetDirectory}: cannot create a staging directory in {parent}: {error.Message}");
        }
    }

    /// <summary>The path the file will have once committed.</summary>
    public string FinalPath(string name) => Path.Combine(_target, name);

    public string WritePublic(string name, string text) => Write(name, text, PublicFile);

    public string WritePrivate(string name, string text) => Write(name, text, PrivateFile);

    private string Write(string name, string text, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw WindowsUnsupported();
        }

        var finalPath = FinalPath(name);
        if (File.Exists(finalPath))
        {
            throw PkiFailure.BadInput($"{finalPath}: already exists; kaws does not overwrite key material or certificates (choose another --out)");
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode };
        using (var stream = new FileStream(Path.Combine(_staging, name), options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        _names.Add(name);
        return finalPath;
    }

    /// <summary>Moves every staged file into the target directory; a move failing half-way removes the ones already moved.</summary>
    public void Commit()
    {
        if (OperatingSystem.IsWindows())
        {
            throw WindowsUnsupported();
        }

        try
        {
            Directory.CreateDirectory(_target, PrivateDirectory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw PkiFailure.BadInput($"--out {_target}: cannot create the directory: {error.Message}");
        }

        var moved = new List<string>();
        try
        {
            foreach (var name in _names)
            {
                File.Move(Path.Combine(_staging, name), FinalPath(name), overwrite: false);
                moved.Add(FinalPath(name));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            moved.ForEach(File.Delete);
            throw PkiFailure.BadInput($"--out {_target}: cannot move the output into place: {error.Message}");
        }
    }

    /// <summary>File modes are the point of this class; on Windows there are none to set.</summary>
    private static PlatformNotSupportedException WindowsUnsupported() =>
        new("kaws pki writes key files with Unix modes; run it on Linux or macOS");

    public void Dispose()
    {
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

    }
}
