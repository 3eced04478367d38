namespace Kaws.Security;

/// <summary>The security groups of a cluster; every instance and the load balancer wear exactly one.</summary>
public enum ClusterGroup
{
    ApiLoadBalancer,
    Masters,
    Nodes,
    Bastion,
}
