using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Network;

/// <summary>Inputs of <see cref="NetworkRoutes"/>; the subnet lists are in zone order.</summary>
public sealed record NetworkRoutesArgs(
    string ClusterName,
    Output<string> VpcId,
    ImmutableArray<Subnet> PublicSubnets,
    ImmutableArray<Subnet> PrivateSubnets,
    bool NatGatewayPerAz);

/// <summary>
/// How the subnets reach the internet: public subnets share one route table whose default route is the
/// internet gateway; each private subnet has its own route table whose default route is a NAT gateway —
/// its own zone's when <see cref="NetworkRoutesArgs.NatGatewayPerAz"/>, otherwise the one in zone 0.
/// Private route tables exist per zone either way, so switching the NAT layout only re-points routes.
/// </summary>
public sealed class NetworkRoutes : ComponentResource
{
    public NetworkRoutes(Construct scope, string id, NetworkRoutesArgs args)
        : base(scope, id, "kaws:network:Routes")
    {
        InternetGateway = new InternetGateway(this, "internet-gateway", new InternetGatewayArgs
        {
            VpcId = args.VpcId,
            Tags = ClusterTags.For(args.ClusterName, "internet-gateway"),
        });

        var publicTable = new RouteTable(this, "public-table", new RouteTableArgs
        {
            VpcId = args.VpcId,
            Tags = ClusterTags.For(args.ClusterName, "public"),
        });
        new Route(this, "public-default-route", new RouteArgs
        {
            RouteTableId = publicTable.Id,
            DestinationCidrBlock = "0.0.0.0/0",
            GatewayId = InternetGateway.Id,
        });

        var natGateways = ImmutableArray.CreateBuilder<NatGateway>();
        var natAddresses = ImmutableArray.CreateBuilder<Eip>();
        var natZones = args.NatGatewayPerAz ? args.PublicSubnets.Length : 1;
        for (var zone = 0; zone < args.PublicSubnets.Length; zone++)
        {
            var zoneId = $"az{zone}";
            new RouteTableAssociation(this, $"public-{zoneId}-association", new RouteTableAssociationArgs
            {
                RouteTableId = publicTable.Id,
                SubnetId = args.PublicSubnets[zone].Id,
            });

            if (zone < natZones)
            {
                var address = new Eip(this, $"nat-{zoneId}", new EipArgs
                {
                    Domain = "vpc",
                    Tags = ClusterTags.For(args.ClusterName, $"nat-{zoneId}"),
                });
                natAddresses.Add(address);
                natGateways.Add(new NatGateway(this, $"nat-gateway-{zoneId}", new NatGatewayArgs
                {
                    AllocationId = address.AllocationId,
                    SubnetId = args.PublicSubnets[zone].Id,
                    ConnectivityType = "public",
                    Tags = ClusterTags.For(args.ClusterName, $"nat-{zoneId}"),
                }, new ResourceOptions { DependsOn = [InternetGateway] }));
            }
        }

        for (var zone = 0; zone < args.PrivateSubnets.Length; zone++)
        {
            var zoneId = $"az{zone}";
            var privateTable = new RouteTable(this, $"private-{zoneId}-table", new RouteTableArgs
            {
                VpcId = args.VpcId,
                Tags = ClusterTags.For(args.ClusterName, $"private-{zoneId}"),
            });
            new Route(this, $"private-{zoneId}-default-route", new RouteArgs
            {
                RouteTableId = privateTable.Id,
                DestinationCidrBlock = "0.0.0.0/0",
                NatGatewayId = natGateways[args.NatGatewayPerAz ? zone : 0].Id,
            });
            new RouteTableAssociation(this, $"private-{zoneId}-association", new RouteTableAssociationArgs
            {
                RouteTableId = privateTable.Id,
                SubnetId = args.PrivateSubnets[zone].Id,
            });
        }

        NatGateways = natGateways.ToImmutable();
        NatAddresses = natAddresses.ToImmutable();
    }

    public InternetGateway InternetGateway { get; }

    public ImmutableArray<NatGateway> NatGateways { get; }

    /// <summary>The NAT gateways' public addresses: where instances' outbound traffic comes from on the internet.</summary>
    public ImmutableArray<Eip> NatAddresses { get; }
}
