using Kaws.Core;

namespace Kaws.Network;

/// <summary>
/// Inputs of <see cref="ClusterNetwork"/>. <paramref name="LogKeyArn"/> encrypts the flow-log group when set;
/// <paramref name="NatGatewayPerAz"/> false shares one NAT gateway (in the first AZ) among every AZ.
/// </summary>
public sealed record NetworkArgs(
    string ClusterName,
    Cidr VpcCidr,
    int ZoneCount,
    int FlowLogRetentionDays = 90,
    Output<string>? LogKeyArn = null,
    bool NatGatewayPerAz = true);
