namespace Kaws.Pki;

/// <summary>Inputs of <see cref="CertificateAuthority"/>.</summary>
public sealed record CertificateAuthorityArgs(PlannedAuthority Plan, KeyAlgorithm Key);
