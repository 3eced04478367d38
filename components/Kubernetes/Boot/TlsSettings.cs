namespace Kaws.Kubernetes.Boot;

/// <summary>
/// TLS for every control-plane server and the kubelet. TLS 1.3 suites are fixed by Go; the cipher list
/// restricts TLS 1.2 to ECDHE with AEAD ciphers (forward secrecy, no CBC, no RSA key exchange).
/// </summary>
public sealed record TlsSettings
{
    /// <summary>VersionTLS12 or VersionTLS13 (the Kubernetes flag spelling).</summary>
    public string MinVersion { get; init; } = "VersionTLS12";

    public IReadOnlyList<string> CipherSuites { get; init; } = StrongCipherSuites;

    public static IReadOnlyList<string> StrongCipherSuites { get; } =
    [
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ];

    public static IReadOnlyList<string> MinVersions { get; } = ["VersionTLS12", "VersionTLS13"];

    /// <summary>etcd spells the minimum version differently (TLS1.2 / TLS1.3).</summary>
    public string EtcdMinVersion => MinVersion == "VersionTLS13" ? "TLS1.3" : "TLS1.2";

    /// <summary>Go ignores cipher lists for TLS 1.3 and etcd rejects one, so only TLS 1.2 carries a list.</summary>
    public bool UsesCipherList => MinVersion == "VersionTLS12";
}
