namespace Kaws.Kubernetes.Boot;

/// <summary>
/// KMS v2 encryption through kubernetes-sigs/aws-encryption-provider, run as a static pod on every master
/// and reached by the API server over a unix socket. The plugin asks AWS KMS (with the master's instance
/// role) to wrap the data keys the API server generates; the KMS key never leaves KMS.
/// </summary>
public sealed record KmsPluginSettings
{
    /// <summary>
    /// The full ARN of a symmetric KMS key in the cluster's region (arn:aws:kms:REGION:ACCOUNT:key/ID). A literal,
    /// not a stack reference, because user data must be a pure function of the settings. Not an alias: an alias
    /// can be re-pointed, which would leave existing secrets undecryptable.
    /// </summary>
    public string KeyArn { get; init; } = "";

    /// <summary>
    /// The plugin image pinned by digest (REPO@sha256:…). The project publishes no official image, so the
    /// operator builds it and makes it pullable by the masters (e.g. a registry mirror or pull-through cache).
    /// </summary>
    public string PluginImage { get; init; } = "";

    /// <summary>The plugin's gRPC socket; its directory is mounted into the API server.</summary>
    public string SocketPath { get; init; } = "/var/run/kmsplugin/socket.sock";

    /// <summary>The plugin's /healthz and /livez port (host network; 8080 would clash with other host services).</summary>
    public int HealthPort { get; init; } = 8083;

    /// <summary>How long the API server waits for one KMS call.</summary>
    public string Timeout { get; init; } = "3s";

    /// <summary>The provider name in EncryptionConfiguration; stored with every encrypted object, so never rename it.</summary>
    public const string ProviderName = "aws-encryption-provider";
}
