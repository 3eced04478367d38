namespace Kaws.Security;

/// <summary>
/// One permitted flow of the security-group matrix: <paramref name="Source"/> may open connections to
/// <paramref name="Destination"/> on <paramref name="Protocol"/> ports <paramref name="FromPort"/>-<paramref name="ToPort"/>.
/// It becomes an ingress rule on the destination's group and an egress rule on the source's group (each only
/// when that end is a group). <paramref name="Reason"/> is the rules' description (AWS allows a restricted
/// character set there: no quotes).
/// </summary>
public sealed record SecurityFlow(SecurityPeer Source, SecurityPeer Destination, string Protocol, int FromPort, int ToPort, string Reason)
{
    /// <summary>tcp-443, tcp-2379-2380, udp-4789: the port part of the rule names.</summary>
    public string PortName => FromPort == ToPort ? $"{Protocol}-{FromPort}" : $"{Protocol}-{FromPort}-{ToPort}";

    public bool Covers(string protocol, int port) => Protocol == protocol && FromPort <= port && port <= ToPort;

    public override string ToString() => $"{Source} -> {Destination} {PortName}";
}
