namespace Kaws.Kubernetes.Boot;

/// <summary>How the API server encrypts resources at rest in etcd.</summary>
public enum EncryptionProviderKind
{
    /// <summary>XSalsa20-Poly1305 with a 32-byte key from SSM: the default for non-KMS clusters.</summary>
    Secretbox,

    /// <summary>AES-CBC with PKCS#7 padding and a 32-byte key from SSM; upstream prefers secretbox or KMS.</summary>
    Aescbc,

    /// <summary>KMS v2 through the aws-encryption-provider plugin: envelope encryption under an AWS KMS key.</summary>
    Kms,
}
