namespace Kaws.Policies;

/// <summary>
/// NodeRestriction stops a kubelet from editing other nodes or its own labels that steer workloads;
/// PodSecurity enforces the namespaces' pod security levels.
/// </summary>
public sealed class ApiServerAdmissionPlugins() : ClusterConfigurationRule(
    "apiserver-admission-plugins",
    "The apiserver's enable-admission-plugins includes NodeRestriction and PodSecurity.",
    EnforcementLevel.Mandatory)
{
    private static readonly string[] Required = ["NodeRestriction", "PodSecurity"];

    protected override IEnumerable<string> CheckFlags(IReadOnlyDictionary<string, PolicyValue> flags, IReadOnlyList<WrittenDocument> documents)
    {
        var value = Flag(flags, "enable-admission-plugins");
        var plugins = KubeadmArgs.Items(value) ?? [];
        var missing = Required.Where(plugin => !plugins.Contains(plugin)).ToList();
        if (missing.Count > 0)
        {
            yield return $"apiServer enable-admission-plugins is {value.Describe()}, missing {string.Join(" and ", missing)}";
        }

        var disabled = KubeadmArgs.Items(Flag(flags, "disable-admission-plugins")) ?? [];
        foreach (var plugin in Required.Where(disabled.Contains))
        {
            yield return $"apiServer disable-admission-plugins turns off {plugin}";
        }
    }
}
