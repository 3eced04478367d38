namespace Kaws.Pki;

/// <summary>The key type of every cluster key: ECDSA P-256 (default) or RSA with the given size.</summary>
public sealed record KeyAlgorithm(string Algorithm, int RsaBits)
{
    public static readonly KeyAlgorithm EcdsaP256 = new("ECDSA", 0);

    public bool IsRsa => Algorithm == "RSA";
}
