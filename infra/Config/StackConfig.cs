using System.Collections.Immutable;

namespace Kaws.Infra.Config;

/// <summary>
/// Everything a stack can set, typed and validated. The initial values here are THE defaults:
/// secure, and the same for every stack; a stack file only states what it changes.
/// </summary>
public sealed record StackConfig
{
    public required string StackName { get; init; }

    /// <summary>Names AWS resources and the SSM path; a DNS label.</summary>
    public string ClusterName { get; init; } = "kaws";

    public string Region { get; init; } = "us-east-1";

    public int AzCount { get; init; } = 3;

    public string VpcCidr { get; init; } = "10.0.0.0/16";

    public string ServiceCidr { get; init; } = "10.96.0.0/12";

    public string PodCidr { get; init; } = "192.168.0.0/16";

    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>A supported minor ("1.37"); kaws pins the patch release and package versions.</summary>
    public string KubernetesVersion { get; init; } = Kaws.Kubernetes.Boot.KubernetesReleases.Default.Minor;

    public int MasterCount { get; init; } = 3;

    public string MasterInstanceType { get; init; } = "m7i.large";

    /// <summary>Root volume size of each master (gp3, encrypted with the cluster key): etcd, images and logs live there.</summary>
    public int MasterVolumeGb { get; init; } = 50;

    /// <summary>Root volume size of each node (gp3, encrypted with the cluster key).</summary>
    public int NodeVolumeGb { get; init; } = 80;

    public ImmutableArray<NodeGroupConfig> NodeGroups { get; init; } =
        [new("general", "m7i.large", 2, 2, 4, ImmutableSortedDictionary<string, string>.Empty, [])];

    /// <summary>Who may reach the SSH bastion (when there is one). Empty: nobody.</summary>
    public ImmutableArray<string> AdminCidrs { get; init; } = [];

    /// <summary>Who may reach the Kubernetes API from outside the VPC (when it is public).</summary>
    public ImmutableArray<string> ApiAllowedCidrs { get; init; } = [];

    /// <summary>Internet-facing API load balancer. Off: the API is reachable from inside the VPC only.</summary>
    public bool ApiPublic { get; init; }

    /// <summary>
    /// A local port forwarded to an internal API load balancer (<c>kaws tunnel STACK</c> prints the Session Manager
    /// command): the engine's kubernetes provider then dials https://127.0.0.1:PORT and checks the certificate
    /// for the load balancer's name. Unset: the provider dials the load balancer itself.
    /// </summary>
    public int? ApiTunnelPort { get; init; }

    public BastionMode Bastion { get; init; } = BastionMode.None;

    /// <summary>Override key: lets adminCidrs contain 0.0.0.0/0 or ::/0. Flagged by plan.</summary>
    public bool AllowSshFromAnywhere { get; init; }

    /// <summary>Override key: lets apiAllowedCidrs contain 0.0.0.0/0 or ::/0. Flagged by plan.</summary>
    public bool AllowApiFromAnywhere { get; init; }

    /// <summary>One NAT gateway per AZ (survives an AZ outage) rather than one shared.</summary>
    public bool NatGatewayPerAz { get; init; } = true;

    public int FlowLogRetentionDays { get; init; } = 365;

    /// <summary>aescbc, secretbox, or kms (KMS v2 through the AWS encryption provider plugin).</summary>
    public string EncryptionProvider { get; init; } = "secretbox";

    public bool EncryptConfigMaps { get; init; } = true;

    /// <summary>The generation of the encryption-at-rest key in use (secretbox/aescbc); a rotation adds the next one.</summary>
    public int EncryptionKeyGeneration { get; init; } = 1;

    /// <summary>The encryption-key rotation stage the next <c>pulumi up</c> applies (none, add-new, promote, re-encrypt, remove-old).</summary>
    public Kaws.Operations.EncryptionKeyRotationStage EncryptionKeyRotation { get; init; }

    /// <summary>The last stage a <c>pulumi up</c> applied; the requested stage may only be the same, the next, or one back.</summary>
    public Kaws.Operations.EncryptionKeyRotationStage EncryptionKeyRotationApplied { get; init; }

    /// <summary>Days the hourly etcd snapshots are kept in the backup bucket.</summary>
    public int EtcdBackupHourlyRetentionDays { get; init; } = 7;

    /// <summary>Days the daily etcd snapshots are kept in the backup bucket.</summary>
    public int EtcdBackupDailyRetentionDays { get; init; } = 90;

    /// <summary>With encryptionProvider kms: the full ARN of the KMS key the AWS encryption provider wraps data keys with.</summary>
    public string KmsKeyArn { get; init; } = "";

    /// <summary>With encryptionProvider kms: the aws-encryption-provider image, pinned by digest.</summary>
    public string KmsPluginImage { get; init; } = "";

    /// <summary>Admission plugins enabled in addition to the ones kaws always enables.</summary>
    public ImmutableArray<string> AdmissionPlugins { get; init; } = [];

    public bool ImageAllowlistEnabled { get; init; } = true;

    public ImmutableArray<string> ImageAllowlist { get; init; } = ["registry.k8s.io", "quay.io/tigera", "docker.io/calico", "ghcr.io/postfinance"];

    /// <summary>Whether this stack applies the in-cluster baseline (RBAC, namespaces, Calico, admission policy): auto, on or off.</summary>
    public InClusterBaselineMode InClusterBaseline { get; init; } = InClusterBaselineMode.Auto;

    /// <summary>Namespaces kaws manages besides kaws-system and workloads (Pod Security restricted, default-deny).</summary>
    public ImmutableArray<string> ExtraNamespaces { get; init; } = [];

    /// <summary>The namespaces every cluster gets.</summary>
    public static ImmutableArray<string> DefaultNamespaces { get; } = ["kaws-system", "workloads"];

    public ImmutableArray<string> ManagedNamespaces => [.. DefaultNamespaces, .. ExtraNamespaces];

    /// <summary>
    /// auto means on when the engine can reach the API: a public one directly, an internal one through the
    /// Session Manager port forward of <see cref="ApiTunnelPort"/>. Outside the VPC nothing else reaches it.
    /// </summary>
    public bool InClusterBaselineApplied => InClusterBaseline switch
    {
        InClusterBaselineMode.On => true,
        InClusterBaselineMode.Off => false,
        _ => ApiPublic || ApiTunnelPort is not null,
    };

    /// <summary>A tainted node group running gVisor (runsc) and the <c>gvisor</c> RuntimeClass.</summary>
    public bool Gvisor { get; init; }

    /// <summary>ECDSA (P-256) or RSA (2048/3072/4096 by <see cref="RsaBits"/>) for every cluster key.</summary>
    public string KeyAlgorithm { get; init; } = "ECDSA";

    public int RsaBits { get; init; } = 3072;

    public int CaValidityHours { get; init; } = 87600;

    public int CertValidityHours { get; init; } = 8760;

    public int AdminCertValidityHours { get; init; } = 24;

    public int AdminCertMaxHours { get; init; } = 24;

    /// <summary>A leaf is re-issued (same CA, new key pair kept) by the first pulumi up this many hours before it expires.</summary>
    public int CertEarlyRenewalHours { get; init; } = 720;

    /// <summary>plan warns about certificates whose configured validity is this short or shorter.</summary>
    public int CertificateExpiryWarningDays { get; init; } = 30;

    /// <summary>The CA rotation stage this pulumi up applies (none, add-new, switch, remove-old).</summary>
    public Kaws.Pki.CaRotationStage CaRotation { get; init; } = Kaws.Pki.CaRotationStage.None;

    /// <summary>The newest CA generation: the only one (none) or the one a rotation introduces.</summary>
    public int CaGeneration { get; init; } = 1;

    /// <summary>The stage and generation the last successful pulumi up applied: a stage may only follow its predecessor.</summary>
    public Kaws.Pki.CaRotationStage CaRotationApplied { get; init; } = Kaws.Pki.CaRotationStage.None;

    public int CaGenerationApplied { get; init; } = 1;

    public ImmutableSortedDictionary<string, string> PolicyOverrides { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
