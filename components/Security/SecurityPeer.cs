namespace Kaws.Security;

/// <summary>One end of a permitted flow: a cluster security group or a set of address ranges.</summary>
public sealed record SecurityPeer
{
    private SecurityPeer(ClusterGroup? group, CidrSource? cidrs)
    {
        Group = group;
        Cidrs = cidrs;
    }

    public ClusterGroup? Group { get; }

    public CidrSource? Cidrs { get; }

    public static SecurityPeer Of(ClusterGroup group) => new(group, null);

    public static SecurityPeer Of(CidrSource cidrs) => new(null, cidrs);

    /// <summary>The short name used in resource names and docs: lb, masters, nodes, bastion, api-clients, nat, vpc, admins, internet.</summary>
    public string Name => Group switch
    {
        ClusterGroup.ApiLoadBalancer => "lb",
        ClusterGroup.Masters => "masters",
        ClusterGroup.Nodes => "nodes",
        ClusterGroup.Bastion => "bastion",
        _ => Cidrs switch
        {
            CidrSource.ApiClients => "api-clients",
            CidrSource.NatAddresses => "nat",
            CidrSource.Vpc => "vpc",
            CidrSource.Admins => "admins",
            CidrSource.Internet => "internet",
            _ => throw new InvalidOperationException("a peer is a group or a CIDR source"),
        },
    };

    public override string ToString() => Name;
}
