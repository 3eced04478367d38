using System.Collections.Immutable;

namespace Kaws.Pki;

/// <summary>
/// One leaf certificate as data: everything the TLS component emits for it and the tests reproduce.
/// </summary>
/// <param name="Name">The component id, SSM file stem and expiry name (e.g. <c>apiserver</c>).</param>
/// <param name="NamesApiEndpoint">The load balancer's DNS name (known only in the engine) is a SAN, before <paramref name="DnsNames"/>.</param>
/// <param name="AllowedUses">tls provider allowed_uses, in emitted order.</param>
/// <param name="SsmFile">The file stem under P/master/pki, or null when it is kept elsewhere.</param>
public sealed record PlannedCertificate(
    string Name,
    PkiAuthority Authority,
    string CommonName,
    string? Organization,
    bool NamesApiEndpoint,
    ImmutableArray<string> DnsNames,
    ImmutableArray<string> IpAddresses,
    ImmutableArray<string> AllowedUses,
    int ValidityHours,
    int EarlyRenewalHours,
    string? SsmFile)
{
    public bool IsServing => AllowedUses.Contains("server_auth");
}
