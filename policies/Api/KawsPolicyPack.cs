using System.Collections.Immutable;

namespace Kaws.Policies;

/// <summary>The kaws policy pack: its name and version (as in PulumiPolicy.yaml) and every rule, sorted by name.</summary>
public static class KawsPolicyPack
{
    public const string Name = "kaws";

    /// <summary>Keep equal to <c>version:</c> in policies/PulumiPolicy.yaml (a test checks).</summary>
    public const string Version = "0.1.0";

    public const string DisplayName = "kaws security policies";

    public static readonly ImmutableArray<PolicyRule> Rules =
    [
        .. new PolicyRule[]
        {
            new NoWorldIngress(),
            new NoWorldSsh(),
            new Imdsv2Required(),
            new EbsEncrypted(),
            new NoPublicIp(),
            new KmsKeyRotation(),
            new SsmSecretsEncrypted(),
            new NoSecretsInUserData(),
            new VpcFlowLogs(),
            new SecretsEncryptedAtRest(),
            new ApiServerAnonymousAuthDisabled(),
            new ApiServerAuthorizationNodeRbac(),
            new ApiServerAdmissionPlugins(),
            new ApiServerProfilingDisabled(),
            new ApiServerAuditLogging(),
            new KubeletAnonymousAuthDisabled(),
            new KubeletWebhookAuthorization(),
            new KubeletReadOnlyPortDisabled(),
            new NamespaceDefaultDeny(),
            new NoAnonymousBindings(),
            new AdminCertLifetime(),
        }.OrderBy(rule => rule.Name, StringComparer.Ordinal),
    ];

    public static PolicyRule? Find(string name) => Rules.FirstOrDefault(rule => rule.Name == name);
}
