namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Markers in the boot documents that the boot script replaces on the instance. Secret ones
/// (<c>__KAWS_SECRET_…__</c>) are filled from SecureString parameters and exist only on the instance;
/// the others are host facts (IP address, load balancer name, CA hash) unknown when the program compiles.
/// </summary>
public static class BootPlaceholders
{
    public const string EncryptionKey = "__KAWS_SECRET_ENCRYPTION_KEY__";
    public const string MasterBootstrapToken = "__KAWS_SECRET_MASTER_BOOTSTRAP_TOKEN__";
    public const string NodeBootstrapToken = "__KAWS_SECRET_NODE_BOOTSTRAP_TOKEN__";

    public const string ApiEndpoint = "__KAWS_API_ENDPOINT__";
    public const string NodeIp = "__KAWS_NODE_IP__";
    public const string CaCertHash = "__KAWS_CA_CERT_HASH__";

    /// <summary>"kaws-" and the first 12 hex digits of the key's SHA-256: every master that boots with the same
    /// key gives it the same name, and a rotated key gets a new one, so ciphertexts always find their key.</summary>
    public const string EncryptionKeyName = "__KAWS_ENCRYPTION_KEY_NAME__";

    public const string SecretPrefix = "__KAWS_SECRET_";

    public static IReadOnlyList<string> Secret { get; } = [EncryptionKey, MasterBootstrapToken, NodeBootstrapToken];

    public static IReadOnlyList<string> HostFacts { get; } = [ApiEndpoint, NodeIp, CaCertHash, EncryptionKeyName];
}
