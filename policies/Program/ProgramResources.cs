using System.Collections.Immutable;
using Kaws.Core;

namespace Kaws.Policies;

/// <summary>The compiled program's resources as the rules see them (offline: no URNs).</summary>
public static class ProgramResources
{
    /// <param name="program">The compiled stack.</param>
    /// <param name="stackConfig">Stack config, fully qualified keys (kaws:clusterName, aws:region), string values;
    /// config references resolve against it, and a key it lacks is unknown.</param>
    public static ImmutableArray<PolicyResource> From(CompiledProgram program, IReadOnlyDictionary<string, string> stackConfig)
    {
        var values = new ProgramValues(program.Schemas, stackConfig);
        return [.. program.Resources.Select(resource =>
            new PolicyResource(resource.Type, resource.Name, null, values.Convert(resource.Properties)))];
    }
}
