using System.Collections.Immutable;
using Kaws.Network;

namespace Kaws.Pki;

/// <summary>
/// The cluster PKI as data: which CAs exist (per rotation generation) and every leaf they sign, with
/// subject, SANs, usages and lifetimes. <see cref="ClusterPki"/> emits exactly this; tests reproduce it.
/// Host-specific leaves (etcd server/peer/healthcheck, each master's own API serving certificate and the
/// kubelet certificates) are not here: kubeadm and the certificates API mint them on the host.
/// </summary>
public sealed record CertificatePlan(ImmutableArray<PlannedAuthority> Authorities, ImmutableArray<PlannedCertificate> Certificates, CaGenerations Generations)
{
    /// <summary>The break-glass certificate's logical id; "admin" marks it for the admin-cert-lifetime policy.</summary>
    public const string BreakGlassName = "break-glass-admin";

    public const string BreakGlassCommonName = "kaws:break-glass";

    /// <summary>kubeadm's super-admin group: bypasses RBAC, so a broken RBAC setup can still be repaired.</summary>
    public const string BreakGlassGroup = "system:masters";

    public static CertificatePlan For(CertificatePlanSettings settings)
    {
        var authorities = settings.Generations.Existing
            .SelectMany(generation => AuthoritiesOf(settings, generation))
            .ToImmutableArray();
        var leaves = Leaves(settings);
        var outliving = leaves.FirstOrDefault(leaf => leaf.ValidityHours <= 0 || leaf.ValidityHours > settings.CaValidityHours);
        if (outliving is not null)
        {
            // The stack binder reports this as a config error first; this guards other callers.
            throw new ArgumentException($"certificate {outliving.Name}: validity {outliving.ValidityHours}h must be positive and within the CA's {settings.CaValidityHours}h", nameof(settings));
        }

        return new CertificatePlan(authorities, leaves, settings.Generations);
    }

    /// <summary>The authority that signs leaves of this kind now.</summary>
    public PlannedAuthority SignerOf(PkiAuthority authority) => Generation(authority, Generations.Signer);

    /// <summary>The authorities a verifier of this kind trusts, signer first.</summary>
    public ImmutableArray<PlannedAuthority> TrustBundleOf(PkiAuthority authority) =>
        [.. Generations.Bundle.Select(generation => Generation(authority, generation))];

    private PlannedAuthority Generation(PkiAuthority authority, int generation) =>
        Authorities.Single(planned => planned.Authority == authority && planned.Generation == generation);

    private static IEnumerable<PlannedAuthority> AuthoritiesOf(CertificatePlanSettings settings, int generation)
    {
        var hours = settings.CaValidityHours;
        yield return new(PkiAuthority.Cluster, generation, $"cluster-ca-g{generation}", "ca", $"{settings.ClusterName}-kubernetes-ca-g{generation}", "kaws", hours);
        yield return new(PkiAuthority.Etcd, generation, $"etcd-ca-g{generation}", "etcd-ca", $"{settings.ClusterName}-etcd-ca-g{generation}", "kaws", hours);
        yield return new(PkiAuthority.FrontProxy, generation, $"front-proxy-ca-g{generation}", "front-proxy-ca", $"{settings.ClusterName}-front-proxy-ca-g{generation}", "kaws", hours);
    }

    private static ImmutableArray<PlannedCertificate> Leaves(CertificatePlanSettings settings)
    {
        var serving = Uses(settings.Key, "server_auth");
        var client = Uses(settings.Key, "client_auth");
        var hours = settings.CertValidityHours;
        var renewal = settings.CertEarlyRenewalHours;
        var firstServiceIp = Cidr.Parse(settings.ServiceCidr).AddressAt(1).ToString();
        ImmutableArray<string> apiNames =
        [
            "kubernetes", "kubernetes.default", "kubernetes.default.svc",
            $"kubernetes.default.svc.{settings.ClusterDomain}", "localhost",
        ];

        return
        [
            new("apiserver", PkiAuthority.Cluster, "kube-apiserver", null, true, apiNames, [firstServiceIp, "127.0.0.1"], serving, hours, renewal, "apiserver"),
            // kubeadm (1.29+) binds kubeadm:cluster-admins to cluster-admin: revocable through RBAC, unlike system:masters.
            new("apiserver-kubelet-client", PkiAuthority.Cluster, "kube-apiserver-kubelet-client", "kubeadm:cluster-admins", false, [], [], client, hours, renewal, "apiserver-kubelet-client"),
            new("apiserver-etcd-client", PkiAuthority.Etcd, "kube-apiserver-etcd-client", null, false, [], [], client, hours, renewal, "apiserver-etcd-client"),
            new("front-proxy-client", PkiAuthority.FrontProxy, "front-proxy-client", null, false, [], [], client, hours, renewal, "front-proxy-client"),
            new("controller-manager", PkiAuthority.Cluster, "system:kube-controller-manager", null, false, [], [], client, hours, renewal, "controller-manager"),
            new("scheduler", PkiAuthority.Cluster, "system:kube-scheduler", null, false, [], [], client, hours, renewal, "scheduler"),
            new(BreakGlassName, PkiAuthority.Cluster, BreakGlassCommonName, BreakGlassGroup, false, [], [], client,
                settings.BreakGlassValidityHours, BreakGlassRenewal(settings.BreakGlassValidityHours), null),
        ];
    }

    /// <summary>keyEncipherment only means something for RSA keys (RFC 5480 forbids it for ECDSA).</summary>
    private static ImmutableArray<string> Uses(KeyAlgorithm key, string purpose) =>
        key.IsRsa ? ["digital_signature", "key_encipherment", purpose] : ["digital_signature", purpose];

    /// <summary>Half its life: a <c>pulumi up</c> in the second half hands out a fresh break-glass certificate.</summary>
    public static int BreakGlassRenewal(int validityHours) => validityHours / 2;
}
