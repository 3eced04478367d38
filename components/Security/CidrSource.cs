namespace Kaws.Security;

/// <summary>Address ranges a security-group rule may name instead of a group; expanded to one rule per CIDR.</summary>
public enum CidrSource
{
    /// <summary>kaws:apiAllowedCidrs: who may use the public API.</summary>
    ApiClients,

    /// <summary>The NAT gateways' addresses: instances reaching the internet-facing API come from there.</summary>
    NatAddresses,

    /// <summary>The VPC CIDR.</summary>
    Vpc,

    /// <summary>kaws:adminCidrs: who may reach the SSH bastion.</summary>
    Admins,

    /// <summary>0.0.0.0/0, for egress only.</summary>
    Internet,
}
