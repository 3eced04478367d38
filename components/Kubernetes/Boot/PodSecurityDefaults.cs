namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Cluster-wide Pod Security admission defaults (the built-in replacement for PodSecurityPolicy). Namespaces
/// can only be stricter through labels unless they are exempt. Exempt by default: kube-system (static and
/// add-on pods need host access) and calico-system / tigera-operator (the CNI's node agents need
/// privileged host networking).
/// </summary>
public sealed record PodSecurityDefaults
{
    public string Enforce { get; init; } = "restricted";

    public string Audit { get; init; } = "restricted";

    public string Warn { get; init; } = "restricted";

    /// <summary>The Pod Security Standards version the levels refer to.</summary>
    public string Version { get; init; } = "latest";

    public IReadOnlyList<string> ExemptNamespaces { get; init; } = ["kube-system", "calico-system", "tigera-operator"];

    public static IReadOnlyList<string> Levels { get; } = ["privileged", "baseline", "restricted"];
}
