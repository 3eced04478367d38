namespace Kaws.Infra.Cli;

/// <summary>Finds the kaws project: the engine says where (PULUMI_ROOT_DIRECTORY), else the nearest Pulumi.yaml upwards.</summary>
public static class ProjectDirectory
{
    public static string Find(Func<string, string?> environment, string workingDirectory)
    {
        if (environment("PULUMI_ROOT_DIRECTORY") is { Length: > 0 } root)
        {
            return root;
        }

        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pulumi.yaml")))
            {
                return directory.FullName;
            }
        }

        return workingDirectory;
    }
}
