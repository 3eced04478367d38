using Kaws.Core;

namespace Kaws.Infra.Cluster;

/// <summary>
/// Stand-ins for outputs of AWS components that are built on another branch. Each is used in exactly
/// one line of <see cref="ClusterStack"/>, which the merge replaces with the real output.
/// </summary>
public static class PendingAwsLayer
{
    /// <summary>
    /// Replaced by ApiLoadBalancer.DnsName at merge. Until then the API serving certificate names this
    /// placeholder, which no real load balancer has, so a deployment made before the merge fails TLS
    /// verification loudly instead of trusting a wrong name.
    /// </summary>
    public static Value ApiLoadBalancerDnsName(string clusterName) => $"pending-api-lb.{clusterName}.invalid";
}
