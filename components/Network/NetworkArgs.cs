using Kaws.Core;

namespace Kaws.Network;

/// <summary>Inputs of <see cref="ClusterNetwork"/>. <paramref name="LogKeyArn"/> encrypts the flow-log group when set.</summary>
public sealed record NetworkArgs(string ClusterName, Cidr VpcCidr, int ZoneCount, int FlowLogRetentionDays = 90, Output<string>? LogKeyArn = null);
