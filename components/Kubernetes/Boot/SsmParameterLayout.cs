namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The SSM Parameter Store names shared by the PKI code (writes them), the IAM code (grants them) and the
/// boot scripts (read them). Prefix P = /kaws/CLUSTER.
/// <list type="bullet">
/// <item>P/master/pki/* — the cluster, etcd and front-proxy CAs, the service-account key pair and the
/// host-independent client leaves (SecureString under the cluster KMS key; masters only). The etcd
/// server/peer/healthcheck leaves and the API server's serving certificate are minted per master at boot
/// by kubeadm from the CAs, because their names must include the host's own IP and hostname (the shared
/// apiserver.crt/key the PKI writes are therefore not installed). During a CA rotation each *ca.crt is a
/// trust bundle of two generations, signer first, and *ca.key is the signer's key.</item>
/// <item>P/master/encryption-key-GENERATION — one generation of the encryption-at-rest key: 32 random bytes,
/// base64 (SecureString; masters only). P/master/encryption-config is the API server's EncryptionConfiguration
/// of the current rotation stage with the keys as placeholders (no secret); masters re-read both every few
/// minutes (kaws-encryption-keys.timer).</item>
/// <item>P/master/etcd-backup-bucket, P/master/etcd-backup-kms-key-arn — where masters upload etcd snapshots and
/// the key they encrypt them with.</item>
/// <item>P/master/bootstrap-token, P/node/bootstrap-token — [a-z0-9]{6}.[a-z0-9]{16} (SecureString).</item>
/// <item>P/cluster/ca.crt, P/cluster/api-endpoint — the cluster CA certificate and the load balancer's DNS
/// name (String; masters and nodes).</item>
/// <item>P/admin/break-glass.crt, P/admin/break-glass.key — the short-lived system:masters certificate
/// (key SecureString); read by no instance role, only by operators through IAM.</item>
/// <item>P/master/init-lock — written once by the first master at boot (not by Pulumi) to win the right
/// to run kubeadm init; its value is "sha256:CAHASH INSTANCE-ID".</item>
/// </list>
/// </summary>
public static class SsmParameterLayout
{
    public const string Root = "/kaws";

    /// <summary>The encryption key's size before base64.</summary>
    public const int EncryptionKeyBytes = 32;

    /// <summary>A kubeadm bootstrap token: a public id, a dot, a secret.</summary>
    public const string BootstrapTokenPattern = "^[a-z0-9]{6}\\.[a-z0-9]{16}$";

    public static string PrefixFor(string clusterName) => $"{Root}/{clusterName}";

    /// <summary>The file names under P/master/pki, in the order the PKI code writes them.</summary>
    public static IReadOnlyList<string> MasterPkiFiles { get; } =
    [
        "ca.crt", "ca.key",
        "etcd-ca.crt", "etcd-ca.key",
        "front-proxy-ca.crt", "front-proxy-ca.key",
        "sa.key", "sa.pub",
        "apiserver.crt", "apiserver.key",
        "apiserver-kubelet-client.crt", "apiserver-kubelet-client.key",
        "apiserver-etcd-client.crt", "apiserver-etcd-client.key",
        "front-proxy-client.crt", "front-proxy-client.key",
        "controller-manager.crt", "controller-manager.key",
        "scheduler.crt", "scheduler.key",
    ];

    /// <summary>Everything masters may read: P/master/* (IAM: ssm:GetParameter on this path and below).</summary>
    public static string MasterFolder(string prefix) => $"{prefix}/master";

    public static string NodeFolder(string prefix) => $"{prefix}/node";

    public static string ClusterFolder(string prefix) => $"{prefix}/cluster";

    public static string MasterPki(string prefix, string file) =>
        MasterPkiFiles.Contains(file, StringComparer.Ordinal)
            ? $"{prefix}/master/pki/{file}"
            : throw new ArgumentException($"'{file}' is not one of the master PKI files", nameof(file));

    /// <summary>One generation of the encryption-at-rest key (generations start at 1 and only grow).</summary>
    public static string EncryptionKey(string prefix, int generation = 1) =>
        generation >= 1 ? $"{prefix}/master/encryption-key-{generation}" : throw new ArgumentOutOfRangeException(nameof(generation), generation, "generations start at 1");

    /// <summary>The EncryptionConfiguration of the current rotation stage, keys as placeholders.</summary>
    public static string EncryptionConfig(string prefix) => $"{prefix}/master/encryption-config";

    public static string EtcdBackupBucket(string prefix) => $"{prefix}/master/etcd-backup-bucket";

    public static string EtcdBackupKmsKeyArn(string prefix) => $"{prefix}/master/etcd-backup-kms-key-arn";

    public static string MasterBootstrapToken(string prefix) => $"{prefix}/master/bootstrap-token";

    public static string NodeBootstrapToken(string prefix) => $"{prefix}/node/bootstrap-token";

    public static string ClusterCaCertificate(string prefix) => $"{prefix}/cluster/ca.crt";

    public static string ApiEndpoint(string prefix) => $"{prefix}/cluster/api-endpoint";

    public static string InitLock(string prefix) => $"{prefix}/master/init-lock";

    /// <summary>The break-glass admin certificate (String) and key (SecureString): read by no instance role, only by operators through IAM (and CloudTrail).</summary>
    public static string BreakGlassCertificate(string prefix) => $"{prefix}/admin/break-glass.crt";

    public static string BreakGlassKey(string prefix) => $"{prefix}/admin/break-glass.key";

    /// <summary>Every parameter with its type, readers and writer, for the PKI and IAM code.</summary>
    public static IReadOnlyList<SsmParameterSpec> All(string prefix) =>
    [
        .. MasterPkiFiles.Select(file => new SsmParameterSpec(MasterPki(prefix, file), SecureString: true, SsmParameterReaders.Masters, WrittenAtBoot: false)),
        new(EncryptionKey(prefix), SecureString: true, SsmParameterReaders.Masters, WrittenAtBoot: false),
        new(EncryptionConfig(prefix), SecureString: true, SsmParameterReaders.Masters, WrittenAtBoot: false),
        new(EtcdBackupBucket(prefix), SecureString: true, SsmParameterReaders.Masters, WrittenAtBoot: false),
        new(EtcdBackupKmsKeyArn(prefix), SecureString: true, SsmParameterReaders.Masters, WrittenAtBoot: false),
        new(MasterBootstrapToken(prefix), SecureString: true, SsmParameterReaders.Masters, WrittenAtBoot: false),
        new(NodeBootstrapToken(prefix), SecureString: true, SsmParameterReaders.MastersAndNodes, WrittenAtBoot: false),
        new(ClusterCaCertificate(prefix), SecureString: false, SsmParameterReaders.MastersAndNodes, WrittenAtBoot: false),
        new(ApiEndpoint(prefix), SecureString: false, SsmParameterReaders.MastersAndNodes, WrittenAtBoot: false),
        new(InitLock(prefix), SecureString: false, SsmParameterReaders.Masters, WrittenAtBoot: true),
    ];
}
