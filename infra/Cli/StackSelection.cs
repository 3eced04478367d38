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
}
