using Kaws.Core;
using Kaws.LoadBalancer;
using Kaws.Pki;

namespace Kaws.Infra.Cluster;

/// <summary>
/// The API endpoint and break-glass credentials the in-cluster baseline's kubernetes provider dials with:
/// the load balancer's DNS name, the cluster trust bundle and the short-lived break-glass admin certificate.
/// </summary>
public sealed record ClusterAccess(Value ApiEndpoint, Value ClusterCaCertPem, Value AdminCertPem, Value AdminKeyPem)
{
    public static ClusterAccess From(ApiLoadBalancer api, ClusterPki pki)
    {
        var breakGlass = pki.Certificates.Single(certificate => certificate.Plan.Name == CertificatePlan.BreakGlassName);
        return new ClusterAccess(api.DnsName, pki.ClusterTrustBundle, breakGlass.Certificate.CertPem, breakGlass.Key.PrivateKeyPem);
    }
}
