namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Everything the boot documents of one cluster depend on, with every default in this one place. The
/// documents are a pure function of this record: same settings, same bytes. Instances boot from
/// Canonical's Ubuntu 26.04 LTS image; the apt versions below are that release's.
/// </summary>
public sealed record KubernetesBootSettings
{
    /// <summary>Lower-case DNS label, at most 40 characters (it prefixes AWS and SSM names).</summary>
    public required string ClusterName { get; init; }

    /// <summary>The AWS region the cluster runs in (the AWS CLI and the KMS plugin talk to it).</summary>
    public required string Region { get; init; }

    /// <summary>A minor from <see cref="KubernetesReleases.Supported"/>; the patch and packages are pinned there.</summary>
    public string KubernetesVersion { get; init; } = KubernetesReleases.Default.Minor;

    /// <summary>Ubuntu 26.04's containerd package (2.x, required from Kubernetes 1.36). Ubuntu drops superseded
    /// updates from its archive, so a stale pin fails the install loudly instead of drifting.</summary>
    public string ContainerdVersion { get; init; } = "2.2.2-0ubuntu1.2";

    /// <summary>Ubuntu 26.04's awscli package (AWS CLI v2).</summary>
    public string AwsCliVersion { get; init; } = "2.31.35-1";

    /// <summary>The SSM prefix P of <see cref="SsmParameterLayout"/>; null means /kaws/CLUSTER.</summary>
    public string? SsmPrefix { get; init; }

    public string ServiceCidr { get; init; } = "10.96.0.0/12";

    /// <summary>Calico's default pool.</summary>
    public string PodCidr { get; init; } = "192.168.0.0/16";

    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>Secretbox for development; KMS (with <see cref="Kms"/>) for production.</summary>
    public EncryptionProviderKind EncryptionProvider { get; init; } = EncryptionProviderKind.Secretbox;

    /// <summary>Encrypt ConfigMaps as well as Secrets: on, since workloads do put credentials in ConfigMaps.</summary>
    public bool EncryptConfigMaps { get; init; } = true;

    public KmsPluginSettings Kms { get; init; } = new();

    /// <summary>The encryption key generations the API servers know (secretbox/aescbc), the writing key first and
    /// at most two during a rotation; each is read from P/master/encryption-key-GENERATION.</summary>
    public IReadOnlyList<int> EncryptionKeyGenerations { get; init; } = [1];

    /// <summary>How often masters re-read the encryption keys and their order from SSM.</summary>
    public int EncryptionKeyRefreshMinutes { get; init; } = 5;

    public AuditLogSettings AuditLog { get; init; } = new();

    public PodSecurityDefaults PodSecurity { get; init; } = new();

    public EventRateLimitSettings EventRateLimit { get; init; } = new();

    /// <summary>Admission plugins on top of <see cref="AdmissionPlugins.Required"/>. DenyServiceExternalIPs by
    /// default: Service externalIPs let any namespace intercept traffic to arbitrary IPs (CVE-2020-8554).</summary>
    public IReadOnlyList<string> ExtraAdmissionPlugins { get; init; } = ["DenyServiceExternalIPs"];

    public TlsSettings Tls { get; init; } = new();

    /// <summary>The kubelet's event budget (eventRecordQPS); 0 would mean unlimited, so it must be positive.</summary>
    public int KubeletEventQps { get; init; } = 50;

    /// <summary>Labels a worker's kubelet registers with (its node group's); masters ignore them.</summary>
    public IReadOnlyDictionary<string, string> NodeLabels { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Taints a worker registers with (its node group's); masters ignore them.</summary>
    public IReadOnlyList<NodeTaintSetting> NodeTaints { get; init; } = [];

    /// <summary>gVisor (runsc) for a sandbox node group; null elsewhere. Masters never run sandboxed pods.</summary>
    public GvisorSettings? Gvisor { get; init; }

    /// <summary>How long a joining master or node waits for the cluster to answer before it gives up.</summary>
    public int InitWaitSeconds { get; init; } = 1200;

    public KubernetesRelease Release =>
        KubernetesReleases.Find(KubernetesVersion) ?? throw new InvalidOperationException(
            $"{BootSettingKeys.KubernetesVersion}: '{KubernetesVersion}' is not supported; validate the settings first");

    public string EffectiveSsmPrefix => SsmPrefix ?? SsmParameterLayout.PrefixFor(ClusterName);

    /// <summary>Every problem, one line each, naming the config key and what was expected; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => BootSettingsValidator.Validate(this);
}
