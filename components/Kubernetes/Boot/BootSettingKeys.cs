namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The config key behind each <see cref="KubernetesBootSettings"/> field, as named in validation errors.
/// The stack config is these keys in the kaws namespace (kaws:kubernetesVersion, kaws:admissionPlugins, …).
/// </summary>
public static class BootSettingKeys
{
    public const string ClusterName = "clusterName";
    public const string NodeLabels = "nodeGroups.labels";
    public const string NodeTaints = "nodeGroups.taints";
    public const string KubernetesVersion = "kubernetesVersion";
    public const string ContainerdVersion = "containerdVersion";
    public const string AwsCliVersion = "awsCliVersion";
    public const string Region = "region";
    public const string SsmPrefix = "ssmPrefix";
    public const string ServiceCidr = "serviceCidr";
    public const string PodCidr = "podCidr";
    public const string ClusterDomain = "clusterDomain";
    public const string EncryptionProvider = "encryptionProvider";
    public const string KmsKeyArn = "kmsKeyArn";
    public const string EncryptionKeyRotation = "encryptionKeyRotation";
    public const string KmsPluginImage = "kmsPluginImage";
    public const string KmsSocketPath = "kmsSocketPath";
    public const string KmsHealthPort = "kmsHealthPort";
    public const string KmsTimeout = "kmsTimeout";
    public const string AuditLogPath = "auditLogPath";
    public const string AuditLogMaxAge = "auditLogMaxAge";
    public const string AuditLogMaxBackup = "auditLogMaxBackup";
    public const string AuditLogMaxSize = "auditLogMaxSize";
    public const string PodSecurityEnforce = "podSecurityEnforce";
    public const string PodSecurityAudit = "podSecurityAudit";
    public const string PodSecurityWarn = "podSecurityWarn";
    public const string PodSecurityVersion = "podSecurityVersion";
    public const string PodSecurityExemptNamespaces = "podSecurityExemptNamespaces";
    public const string EventRateLimit = "eventRateLimit";
    public const string AdmissionPlugins = "admissionPlugins";
    public const string TlsMinVersion = "tlsMinVersion";
    public const string TlsCipherSuites = "tlsCipherSuites";
    public const string KubeletEventQps = "kubeletEventQps";
    public const string InitWaitSeconds = "initWaitSeconds";
}
