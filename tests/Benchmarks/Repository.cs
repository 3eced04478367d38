namespace Kaws.Benchmarks;

/// <summary>The kaws project root (where Pulumi.yaml is), found upwards from the benchmark's own binary.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pulumi.yaml")) && File.Exists(Path.Combine(directory.FullName, "Kaws.Infra.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no kaws project (Pulumi.yaml) above {AppContext.BaseDirectory}");
    }
}
