using Kaws.Core;
using Kaws.LoadBalancer;
using Kaws.Pki;

namespace Kaws.Infra.Cluster;

/// <summary>The API endpoint and break-glass credentials the in-cluster baseline's kubernetes provider dials with.</summary>
public sealed record ClusterAccess(Value ApiEndpoint, Value ClusterCaCertPem, Value AdminCertPem, Value AdminKeyPem);

/// <summary>
/// The one place the in-cluster baseline takes its inputs from other components. Written against main's
/// ApiLoadBalancer.DnsName and ClusterPki (break-glass admin certificate, cluster trust bundle); replaced at merge
/// if the aws or tls branches expose them under other names.
/// </summary>
public static class PendingClusterOutputs
{
    public static ClusterAccess For(ApiLoadBalancer api, ClusterPki pki)
    {
        var breakGlass = pki.Certificates.Single(certificate => certificate.Plan.Name == CertificatePlan.BreakGlassName);
        return new ClusterAccess(api.DnsName, pki.ClusterTrustBundle, breakGlass.Certificate.CertPem, breakGlass.Key.PrivateKeyPem);
    }
}
