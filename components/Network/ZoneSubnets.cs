namespace Kaws.Network;

/// <summary>The two subnets of one availability zone, by zone index.</summary>
public sealed record ZoneSubnets(int Zone, Cidr Private, Cidr Public)
{
    /// <summary>The id used in resource names: az0, az1, …</summary>
    public string Id => $"az{Zone}";
}
