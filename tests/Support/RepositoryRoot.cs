namespace Kaws.Tests.Support;

/// <summary>The repository root, found from this source file's location (tests run from bin/).</summary>
public static class RepositoryRoot
{
    public static string Find(string sourceFile = "")
    {
        var start = sourceFile.Length > 0 ? Path.GetDirectoryName(sourceFile)! : AppContext.BaseDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kaws.Infra.sln")))
            {
                return directory.FullName;
            }
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kaws.Infra.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Kaws.Infra.sln)");
    }

}
