namespace Kaws.Policies;

/// <summary>The profiling endpoints expose internals and cost CPU; nobody needs them in production.</summary>
public sealed class ApiServerProfilingDisabled() : ClusterConfigurationRule(
    "apiserver-profiling-disabled",
    "The apiserver sets profiling=false.",
    EnforcementLevel.Mandatory)
{
    protected override IEnumerable<string> CheckFlags(IReadOnlyDictionary<string, PolicyValue> flags, IReadOnlyList<WrittenDocument> documents)
    {
        var value = Flag(flags, "profiling");
        if (value.IsUnknown || value.Flag is not false)
        {
            yield return $"apiServer profiling is {value.Describe()}, expected \"false\"";
        }
    }
}
