using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Network;

/// <summary>
/// The cluster VPC: per availability zone a public subnet (load balancer, NAT, optional bastion) routed to
/// the internet gateway and a private one (masters, nodes) routed to a NAT gateway. Every per-zone resource
/// is named by its zone index, so adding a zone adds resources and changes none.
/// </summary>
public sealed class ClusterNetwork : ComponentResource
{
    public ClusterNetwork(Construct scope, string id, NetworkArgs args)
        : base(scope, id, "kaws:network:Network")
    {
        VpcCidr = args.VpcCidr;
        Vpc = new Vpc(this, "vpc", new VpcArgs
        {
            CidrBlock = args.VpcCidr.ToString(),
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = ClusterTags.For(args.ClusterName, "vpc"),
        });

        // Zone names come from the account at deploy time; the index keeps names and CIDRs stable.
        var zoneNames = Fn.Invoke(GetAvailabilityZones.Token, new GetAvailabilityZonesArgs { State = "available" }, "names");
        var privateSubnets = ImmutableArray.CreateBuilder<Subnet>();
        var publicSubnets = ImmutableArray.CreateBuilder<Subnet>();
        foreach (var zone in NetworkPlan.For(args.VpcCidr, args.ZoneCount))
        {
            var zoneName = Fn.Select(zone.Zone, zoneNames);
            privateSubnets.Add(new Subnet(this, $"private-{zone.Id}", new SubnetArgs
            {
                VpcId = Vpc.Id,
                CidrBlock = zone.Private.ToString(),
                AvailabilityZone = zoneName,
                MapPublicIpOnLaunch = false,
                Tags = ClusterTags.For(args.ClusterName, $"private-{zone.Id}", new Dictionary<string, string> { ["kubernetes.io/role/internal-elb"] = "1" }),
            }));
            publicSubnets.Add(new Subnet(this, $"public-{zone.Id}", new SubnetArgs
            {
                VpcId = Vpc.Id,
                CidrBlock = zone.Public.ToString(),
                AvailabilityZone = zoneName,
                MapPublicIpOnLaunch = false, // nothing gets a public IP by accident, not even in public subnets
                Tags = ClusterTags.For(args.ClusterName, $"public-{zone.Id}", new Dictionary<string, string> { ["kubernetes.io/role/elb"] = "1" }),
            }));
        }

        PrivateSubnets = privateSubnets.ToImmutable();
        PublicSubnets = publicSubnets.ToImmutable();
        Routes = new NetworkRoutes(this, "routes", new NetworkRoutesArgs(args.ClusterName, Vpc.Id, PublicSubnets, PrivateSubnets, args.NatGatewayPerAz));

        // The VPC's default group is adopted and emptied: anything attached to it by mistake can talk to nothing.
        DefaultSecurityGroup = new DefaultSecurityGroup(this, "default-security-group", new DefaultSecurityGroupArgs
        {
            VpcId = Vpc.Id,
            Ingress = [],
            Egress = [],
            RevokeRulesOnDelete = true,
            Tags = ClusterTags.For(args.ClusterName, "default-deny-all"),
        });
        FlowLogs = new VpcFlowLogs(this, "flow-logs", new VpcFlowLogsArgs(args.ClusterName, Vpc.Id, args.FlowLogRetentionDays, args.LogKeyArn));
    }

    public VpcFlowLogs FlowLogs { get; }

    public NetworkRoutes Routes { get; }

    public DefaultSecurityGroup DefaultSecurityGroup { get; }

    /// <summary>The VPC's address range, for security-group rules that name "inside the VPC".</summary>
    public Cidr VpcCidr { get; }

    public Vpc Vpc { get; }

    public ImmutableArray<Subnet> PrivateSubnets { get; }

    public ImmutableArray<Subnet> PublicSubnets { get; }
}
