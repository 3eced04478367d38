using Kaws.Infra.Config;

namespace Kaws.Infra.Cli;

/// <summary>Which config a compile uses: a named stack file, the engine's environment, or none (plugin discovery).</summary>
public static class StackSelection
{
    public static RawStackConfig Resolve(CliContext context, string? stackName)
    {
        if (stackName is not null)
        {
            return StackConfigSource.FromStackFile(context.ProjectDirectory, stackName);
        }

        return StackConfigSource.FromEnvironment(context.Environment) ?? RawStackConfig.NoStack;
    }

    /// <summary>A named stack file, bound: what the offline commands (render, backup, tunnel) start from.</summary>
    /// <exception cref="ConfigException">The file is missing or a key is wrong.</exception>
    public static StackConfig Bind(CliContext context, string stackName) =>
        StackConfigBinder.Bind(StackConfigSource.FromStackFile(context.ProjectDirectory, stackName));
}
