namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The kube-apiserver admission plugins kaws knows. Always on: NodeRestriction (a kubelet may only touch its
/// own Node and pods), PodSecurity (Pod Security Standards, replacing PodSecurityPolicy) and EventRateLimit.
/// Extra plugins must come from <see cref="Allowed"/>; plugins that need a configuration kaws does not render,
/// that disable admission, or that were removed from Kubernetes are rejected with the reason.
/// </summary>
public static class AdmissionPlugins
{
    public static IReadOnlyList<string> Required { get; } = ["NodeRestriction", "PodSecurity", "EventRateLimit"];

    /// <summary>Plugins an operator may add (the upstream list less those in <see cref="Rejected"/>).</summary>
    public static IReadOnlyList<string> Allowed { get; } =
    [
        "AlwaysPullImages",
        "CertificateApproval",
        "CertificateSigning",
        "CertificateSubjectRestriction",
        "ClusterTrustBundleAttest",
        "DefaultIngressClass",
        "DefaultStorageClass",
        "DefaultTolerationSeconds",
        "DenyServiceExternalIPs",
        "EventRateLimit",
        "ExtendedResourceToleration",
        "LimitPodHardAntiAffinityTopology",
        "LimitRanger",
        "MutatingAdmissionPolicy",
        "MutatingAdmissionWebhook",
        "NamespaceExists",
        "NamespaceLifecycle",
        "NodeRestriction",
        "OwnerReferencesPermissionEnforcement",
        "PersistentVolumeClaimResize",
        "PodSecurity",
        "PodTolerationRestriction",
        "Priority",
        "ResourceQuota",
        "RuntimeClass",
        "ServiceAccount",
        "StorageObjectInUseProtection",
        "TaintNodesByCondition",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionWebhook",
    ];

    /// <summary>Known plugin names kaws refuses, each with why.</summary>
    public static IReadOnlyDictionary<string, string> Rejected { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["AlwaysAdmit"] = "it admits every request and is deprecated",
        ["AlwaysDeny"] = "it rejects every request and is deprecated",
        ["ImagePolicyWebhook"] = "it needs a webhook configuration kaws does not render; use ValidatingAdmissionPolicy",
        ["NamespaceAutoProvision"] = "it creates namespaces on first use, bypassing namespace review",
        ["PodNodeSelector"] = "it needs a configuration kaws does not render",
        ["PodPreset"] = "it was removed in Kubernetes 1.20; use a mutating admission policy or webhook",
        ["PodSecurityPolicy"] = "it was removed in Kubernetes 1.25; Pod Security admission (PodSecurity) replaces it",
        ["SecurityContextDeny"] = "it was removed in Kubernetes 1.30; PodSecurity covers it",
    };

    /// <summary>The one-line error for a plugin name, or null when it may be enabled.</summary>
    public static string? Problem(string name)
    {
        if (Allowed.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        return Rejected.TryGetValue(name, out var reason)
            ? $"{BootSettingKeys.AdmissionPlugins}: '{name}' cannot be enabled: {reason}"
            : $"{BootSettingKeys.AdmissionPlugins}: '{name}' is not a known admission plugin{Core.NearestName.Hint(name, Allowed)}";
    }

    /// <summary>The enable-admission-plugins value: the required plugins, then the extras in order, without repeats.</summary>
    public static IReadOnlyList<string> Enabled(IEnumerable<string> extras) => Required.Concat(extras).Distinct(StringComparer.Ordinal).ToList();
}
