namespace Kaws.Policies;

/// <summary>
/// Masters and nodes live in private subnets with no public address. Launch templates (kaws uses them
/// only for masters and nodes) must say so on every network interface; instances tagged kaws:role
/// master or node must say so directly.
/// </summary>
public sealed class NoPublicIp() : ResourceRule(
    "no-public-ip",
    "Launch templates set associatePublicIpAddress false on every network interface; instances tagged kaws:role master/node set associatePublicIpAddress false.",
    EnforcementLevel.Mandatory)
{
    public const string RoleTag = "kaws:role";

    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        var props = resource.Properties;
        if (resource.Type == ResourceTypes.LaunchTemplate)
        {
            var interfaces = props["networkInterfaces"].Items;
            if (interfaces.Count == 0)
            {
                yield return "declares no networkInterfaces, so whether instances get a public IP is left to the subnet";
            }

            for (var index = 0; index < interfaces.Count; index++)
            {
                var associate = interfaces[index]["associatePublicIpAddress"];
                if (associate.IsUnknown || associate.Flag is not false)
                {
                    yield return $"networkInterfaces[{index}].associatePublicIpAddress is {associate.Describe()}, expected false";
                }
            }
        }
        else if (resource.Type == ResourceTypes.Instance && resource.Tag(RoleTag) is "master" or "node")
        {
            var associate = props["associatePublicIpAddress"];
            if (associate.IsUnknown || associate.Flag is not false)
            {
                yield return $"associatePublicIpAddress is {associate.Describe()}, expected false for a {resource.Tag(RoleTag)}";
            }
        }
    }
}
