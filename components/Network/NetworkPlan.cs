using System.Collections.Immutable;

namespace Kaws.Network;

/// <summary>
/// Pure planner for the VPC address space. The VPC is cut into eight blocks: block i (i &lt; 6) is
/// the private subnet of AZ i; block 7 is cut again into eight small public subnets. Every subnet
/// depends only on its AZ index, so adding an AZ never moves an existing subnet.
/// </summary>
public static class NetworkPlan
{
    public const int MaxZones = 6;

    public static ImmutableArray<ZoneSubnets> For(Cidr vpc, int zoneCount)
    {
        if (zoneCount is < 1 or > MaxZones)
        {
            throw new ArgumentOutOfRangeException(nameof(zoneCount), $"expected 1 to {MaxZones} zones, got {zoneCount}");
        }

        var publicRange = vpc.Subnet(vpc.PrefixLength + 3, 7);
        return [.. Enumerable.Range(0, zoneCount).Select(zone => new ZoneSubnets(
            zone,
            Private: vpc.Subnet(vpc.PrefixLength + 3, zone),
            Public: publicRange.Subnet(publicRange.PrefixLength + 3, zone)))];
    }
}
