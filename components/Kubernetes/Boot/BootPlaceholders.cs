namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Markers in the boot documents that the boot script replaces on the instance. Secret ones
/// (<c>__KAWS_SECRET_…__</c>) are filled from SecureString parameters and exist only on the instance;
/// the others are host facts (IP address, load balancer name, CA hash) unknown when the program compiles.
/// </summary>
public static class BootPlaceholders
{
    /// <summary>The first generation's encryption key (see <see cref="EncryptionKeyOf"/>).</summary>
    public const string EncryptionKey = "__KAWS_SECRET_ENCRYPTION_KEY_1__";
    public const string MasterBootstrapToken = "__KAWS_SECRET_MASTER_BOOTSTRAP_TOKEN__";
    public const string NodeBootstrapToken = "__KAWS_SECRET_NODE_BOOTSTRAP_TOKEN__";

    public const string ApiEndpoint = "__KAWS_API_ENDPOINT__";
    public const string NodeIp = "__KAWS_NODE_IP__";

    /// <summary>The instance's EC2 private DNS name (IMDS local-hostname): the node name kubelet-csr-approver and the AWS cloud provider expect.</summary>
    public const string NodeName = "__KAWS_NODE_NAME__";
    public const string CaCertHash = "__KAWS_CA_CERT_HASH__";

    /// <summary>The prefix of every generation's encryption key placeholder; the generation and "__" follow.</summary>
    public const string EncryptionKeyPrefix = "__KAWS_SECRET_ENCRYPTION_KEY_";

    /// <summary>The placeholder of one key generation, filled from P/master/encryption-key-GENERATION.</summary>
    public static string EncryptionKeyOf(int generation) => $"{EncryptionKeyPrefix}{generation}__";

    public const string SecretPrefix = "__KAWS_SECRET_";

    public static IReadOnlyList<string> Secret { get; } = [EncryptionKey, MasterBootstrapToken, NodeBootstrapToken];

    public static IReadOnlyList<string> HostFacts { get; } = [ApiEndpoint, NodeIp, NodeName, CaCertHash];
}
