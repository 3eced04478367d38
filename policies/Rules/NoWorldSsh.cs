namespace Kaws.Policies;

/// <summary>SSH is never open to the internet; kaws reaches machines through SSM Session Manager.</summary>
public sealed class NoWorldSsh() : ResourceRule(
    "no-world-ssh",
    "No security group ingress that opens SSH (TCP 22) to 0.0.0.0/0 or ::/0.",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        foreach (var permission in IngressPermission.Of(resource))
        {
            if (permission.WorldSource is { } world && permission.CoversTcpPort(22) == true)
            {
                yield return $"{permission.Where}opens SSH (TCP 22) to {world} ({permission.DescribePorts()})";
            }
        }
    }
}
