namespace Kaws.Pki;

/// <summary>Inputs of <see cref="CertificateAuthority"/>.</summary>
public sealed record CertificateAuthorityArgs(string CommonName, string Organization, KeyAlgorithm Key, int ValidityHours);
