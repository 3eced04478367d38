namespace Kaws.Pki;

/// <summary>One CA of one generation: its subject, lifetime and the names it goes by.</summary>
/// <param name="Id">The component id and expiry name, e.g. <c>cluster-ca-g1</c>; stable per generation.</param>
/// <param name="FilePrefix">The kubeadm file name stem under P/master/pki: <c>ca</c>, <c>etcd-ca</c>, <c>front-proxy-ca</c>.</param>
public sealed record PlannedAuthority(
    PkiAuthority Authority,
    int Generation,
    string Id,
    string FilePrefix,
    string CommonName,
    string Organization,
    int ValidityHours);
