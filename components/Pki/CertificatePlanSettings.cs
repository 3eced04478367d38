namespace Kaws.Pki;

/// <summary>The inputs of <see cref="CertificatePlan"/>: names, networks, key type, lifetimes and the CA rotation stage.</summary>
/// <param name="CertValidityHours">Every control-plane leaf.</param>
/// <param name="CertEarlyRenewalHours">A leaf is re-issued by the first <c>pulumi up</c> this many hours before it expires.</param>
/// <param name="BreakGlassValidityHours">The break-glass admin certificate (short: it cannot be revoked).</param>
public sealed record CertificatePlanSettings(
    string ClusterName,
    string ClusterDomain,
    string ServiceCidr,
    KeyAlgorithm Key,
    int CaValidityHours,
    int CertValidityHours,
    int CertEarlyRenewalHours,
    int BreakGlassValidityHours,
    CaGenerations Generations);
