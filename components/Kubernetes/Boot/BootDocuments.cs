namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The six rendered boot documents of a cluster. The two cloud-init documents are the user data and carry
/// the others inside them; the separate files are there to be reviewed (kaws render NAME --out DIR).
/// </summary>
public sealed record BootDocuments(
    string MasterKubeadmConfig,
    string MasterEncryptionConfig,
    string MasterAuditPolicy,
    string MasterCloudInit,
    string NodeKubeadmConfig,
    string NodeCloudInit)
{
    /// <summary>Each document with its path relative to the output directory, in a fixed order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files =>
    [
        new("master/kubeadm-config.yaml", MasterKubeadmConfig),
        new("master/encryption-config.yaml", MasterEncryptionConfig),
        new("master/audit-policy.yaml", MasterAuditPolicy),
        new("master/cloud-init.yaml", MasterCloudInit),
        new("node/kubeadm-config.yaml", NodeKubeadmConfig),
        new("node/cloud-init.yaml", NodeCloudInit),
    ];
}
