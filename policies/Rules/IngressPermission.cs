namespace Kaws.Policies;

/// <summary>
/// One ingress permission of a security group, whichever resource shape declared it (an inline
/// <c>ingress</c> entry, a SecurityGroupRule, a SecurityGroupIngressRule), with the parts the rules need.
/// </summary>
public sealed record IngressPermission(
    string Where,
    PolicyValue Protocol,
    PolicyValue FromPort,
    PolicyValue ToPort,
    IReadOnlyList<PolicyValue> Sources,
    bool MarkedApiListener)
{
    /// <summary>The tag that marks the public API listener's rule (or group): kaws:allowPublicIngress=api-listener.</summary>
    public const string ApiListenerTag = "kaws:allowPublicIngress";
    public const string ApiListenerTagValue = "api-listener";

    public static IEnumerable<IngressPermission> Of(PolicyResource resource)
    {
        var props = resource.Properties;
        switch (resource.Type)
        {
            case ResourceTypes.SecurityGroupIngressRule:
                yield return new IngressPermission(
                    "",
                    props["ipProtocol"],
                    props["fromPort"],
                    props["toPort"],
                    [props["cidrIpv4"], props["cidrIpv6"]],
                    resource.Tag(ApiListenerTag) == ApiListenerTagValue);
                break;
            case ResourceTypes.SecurityGroup:
                var marked = resource.Tag(ApiListenerTag) == ApiListenerTagValue;
                var entries = props["ingress"].Items;
                for (var index = 0; index < entries.Count; index++)
                {
                    var entry = entries[index];
                    yield return new IngressPermission(
                        $"ingress[{index}]: ",
                        entry["protocol"],
                        entry["fromPort"],
                        entry["toPort"],
                        [.. entry["cidrBlocks"].Items, .. entry["ipv6CidrBlocks"].Items],
                        marked);
                }

                break;
            case ResourceTypes.SecurityGroupRule when props["type"].Is("ingress"):
                yield return new IngressPermission(
                    "",
                    props["protocol"],
                    props["fromPort"],
                    props["toPort"],
                    [.. props["cidrBlocks"].Items, .. props["ipv6CidrBlocks"].Items],
                    false);
                break;
        }
    }

    /// <summary>The world-wide source it allows (0.0.0.0/0 or ::/0), if any.</summary>
    public string? WorldSource => Sources.Select(source => source.Text).FirstOrDefault(text => text is "0.0.0.0/0" or "::/0");

    public bool AllProtocols => Protocol.Text is "-1" or "all" || Protocol.Number is -1;

    public bool IsTcp => Protocol.Text is "tcp" or "6" || Protocol.Number is 6;

    /// <summary>True when it provably opens the TCP port, false when provably not, null when unknown.</summary>
    public bool? CoversTcpPort(int port)
    {
        if (AllProtocols)
        {
            return true;
        }

        if (Protocol.IsUnknown)
        {
            return null;
        }

        if (!IsTcp)
        {
            return false;
        }

        if (FromPort.Number is not { } from || ToPort.Number is not { } to)
        {
            return null;
        }

        return from <= port && port <= to;
    }

    /// <summary>Exactly TCP 443, provably.</summary>
    public bool IsOnlyHttps => IsTcp && FromPort.Number is 443 && ToPort.Number is 443;

    public string DescribePorts() => AllProtocols
        ? "all protocols and ports"
        : $"protocol {Protocol.Describe()} ports {FromPort.Describe()}-{ToPort.Describe()}";
}
