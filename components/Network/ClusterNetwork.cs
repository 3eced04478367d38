using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Network;

/// <summary>The cluster VPC: per availability zone a public subnet (load balancer, NAT) and a private one (masters, nodes).</summary>
public sealed class ClusterNetwork : ComponentResource
{
    public ClusterNetwork(Construct scope, string id, NetworkArgs args)
        : base(scope, id, "kaws:network:Network")
    {
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
        FlowLogs = new VpcFlowLogs(this, "flow-logs", new VpcFlowLogsArgs(args.ClusterName, Vpc.Id, args.FlowLogRetentionDays, args.LogKeyArn));
    }

    public VpcFlowLogs FlowLogs { get; }

    public Vpc Vpc { get; }

    public ImmutableArray<Subnet> PrivateSubnets { get; }

    public ImmutableArray<Subnet> PublicSubnets { get; }
}
