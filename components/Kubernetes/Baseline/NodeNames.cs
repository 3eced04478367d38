namespace Kaws.Kubernetes.Baseline;

/// <summary>
/// The names kubelets register with: the EC2 private DNS name of IP-based hostnames (the VPC default).
/// us-east-1 uses ec2.internal, every other region REGION.compute.internal.
/// </summary>
public static class NodeNames
{
    public static string PrivateDnsDomain(string region) =>
        region == "us-east-1" ? "ec2.internal" : $"{region}.compute.internal";

    /// <summary>ip-A-B-C-D.DOMAIN, anchored, dots escaped: what kubelet-csr-approver's providerRegex checks.</summary>
    public static string PrivateDnsRegex(string region) =>
        @"^ip-(\d{1,3}-){3}\d{1,3}\." + PrivateDnsDomain(region).Replace(".", @"\.") + "$";
}
