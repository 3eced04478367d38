using System.Collections.Immutable;

namespace Kaws.Security;

/// <summary>
/// THE list of permitted flows between the cluster's security groups and the outside. The security-group
/// component emits exactly these rules and the tests assert exactly this set; anything not listed is denied
/// (security groups are default-deny and kaws creates them without AWS's default allow-all egress).
/// The CNI is Calico in VXLAN mode (UDP 4789) without BGP and without Typha, so 179/tcp and 5473/tcp stay closed.
/// DNS (the VPC resolver) and NTP (Amazon Time Sync) need no rule: security groups do not filter them.
/// </summary>
public static class SecurityGroupMatrix
{
    private static readonly SecurityPeer Lb = SecurityPeer.Of(ClusterGroup.ApiLoadBalancer);
    private static readonly SecurityPeer Masters = SecurityPeer.Of(ClusterGroup.Masters);
    private static readonly SecurityPeer Nodes = SecurityPeer.Of(ClusterGroup.Nodes);
    private static readonly SecurityPeer Bastion = SecurityPeer.Of(ClusterGroup.Bastion);
    private static readonly SecurityPeer Internet = SecurityPeer.Of(CidrSource.Internet);

    public const int ApiListenerPort = Kaws.Kubernetes.Boot.BootFilePaths.ApiLoadBalancerPort;
    public const int ApiServerPort = Kaws.Kubernetes.Boot.BootFilePaths.ApiServerPort;
    public const int CalicoVxlanPort = 4789;

    public static ImmutableArray<SecurityFlow> For(SecurityGroupMatrixOptions options)
    {
        var flows = ImmutableArray.CreateBuilder<SecurityFlow>();
        if (options.ApiPublic)
        {
            flows.Add(new(SecurityPeer.Of(CidrSource.ApiClients), Lb, "tcp", ApiListenerPort, ApiListenerPort, "kaws:apiAllowedCidrs use the Kubernetes API"));
            flows.Add(new(SecurityPeer.Of(CidrSource.NatAddresses), Lb, "tcp", ApiListenerPort, ApiListenerPort, "masters and nodes reach the internet-facing API through the NAT gateways"));
        }

        flows.Add(new(SecurityPeer.Of(CidrSource.Vpc), Lb, "tcp", ApiListenerPort, ApiListenerPort, "kubelets, masters and in-VPC clients use the API through the load balancer"));
        flows.Add(new(Lb, Masters, "tcp", ApiServerPort, ApiServerPort, "the load balancer forwards API traffic and its health checks to the API servers"));
        flows.Add(new(Nodes, Masters, "tcp", ApiServerPort, ApiServerPort, "pods on nodes reach the kubernetes Service whose endpoints are the API server addresses"));
        flows.Add(new(Masters, Masters, "tcp", ApiServerPort, ApiServerPort, "host-network pods on masters (calico-node) reach the kubernetes Service endpoints"));
        flows.Add(new(Masters, Masters, "tcp", 2379, 2380, "etcd client and peer traffic between masters"));
        flows.Add(new(Masters, Masters, "tcp", 10250, 10250, "API servers reach the kubelets of masters (logs, exec, port-forward)"));
        flows.Add(new(Masters, Nodes, "tcp", 10250, 10250, "API servers reach the kubelets of nodes (logs, exec, port-forward)"));
        foreach (var (from, to) in new[] { (Masters, Masters), (Masters, Nodes), (Nodes, Masters), (Nodes, Nodes) })
        {
            flows.Add(new(from, to, "udp", CalicoVxlanPort, CalicoVxlanPort, "Calico VXLAN overlay carrying pod-to-pod traffic"));
        }

        foreach (var group in new[] { Masters, Nodes })
        {
            flows.Add(new(group, Internet, "tcp", 443, 443, "HTTPS out: AWS APIs (SSM, KMS, EC2), pkgs.k8s.io, container registries, the public API endpoint"));
            flows.Add(new(group, Internet, "tcp", 80, 80, "HTTP out: the Ubuntu archive mirrors (apt checks every package signature)"));
        }

        if (options.Bastion)
        {
            flows.Add(new(SecurityPeer.Of(CidrSource.Admins), Bastion, "tcp", 22, 22, "kaws:adminCidrs reach the SSH bastion"));
            flows.Add(new(Bastion, Masters, "tcp", 22, 22, "SSH from the bastion to masters"));
            flows.Add(new(Bastion, Nodes, "tcp", 22, 22, "SSH from the bastion to nodes"));
            flows.Add(new(Bastion, Internet, "tcp", 443, 443, "HTTPS out: Session Manager and EC2 Instance Connect endpoints, package updates"));
            flows.Add(new(Bastion, Internet, "tcp", 80, 80, "HTTP out: the Ubuntu archive mirrors (apt checks every package signature)"));
        }

        return flows.ToImmutable();
    }

    /// <summary>The groups that exist under these options (the bastion's only with an SSH bastion).</summary>
    public static ImmutableArray<ClusterGroup> Groups(SecurityGroupMatrixOptions options) =>
        options.Bastion
            ? [ClusterGroup.ApiLoadBalancer, ClusterGroup.Masters, ClusterGroup.Nodes, ClusterGroup.Bastion]
            : [ClusterGroup.ApiLoadBalancer, ClusterGroup.Masters, ClusterGroup.Nodes];
}
