namespace Kaws.Policies;

/// <summary>Node authorization limits each kubelet to its own pods' objects; RBAC governs everyone else.</summary>
public sealed class ApiServerAuthorizationNodeRbac() : ClusterConfigurationRule(
    "apiserver-authorization-node-rbac",
    "The apiserver's authorization-mode includes Node and RBAC and not AlwaysAllow.",
    EnforcementLevel.Mandatory)
{
    protected override IEnumerable<string> CheckFlags(IReadOnlyDictionary<string, PolicyValue> flags, IReadOnlyList<WrittenDocument> documents)
    {
        var value = Flag(flags, "authorization-mode");
        var modes = KubeadmArgs.Items(value);
        if (modes is null || !modes.Contains("Node") || !modes.Contains("RBAC") || modes.Contains("AlwaysAllow"))
        {
            yield return $"apiServer authorization-mode is {value.Describe()}, expected it to include Node and RBAC (and never AlwaysAllow)";
        }
    }
}
