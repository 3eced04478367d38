namespace Kaws.Policies;

/// <summary>
/// Nothing is reachable from the whole internet except the public API listener: TCP 443 on a rule (or a
/// group's inline ingress) tagged kaws:allowPublicIngress=api-listener. A world-open permission that covers
/// SSH is reported once, by <see cref="NoWorldSsh"/>.
/// </summary>
public sealed class NoWorldIngress() : ResourceRule(
    "no-world-ingress",
    "No security group ingress from 0.0.0.0/0 or ::/0, except TCP 443 on the API listener's rule tagged kaws:allowPublicIngress=api-listener.",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        foreach (var permission in IngressPermission.Of(resource))
        {
            if (permission.WorldSource is not { } world || permission.CoversTcpPort(22) == true)
            {
                continue;
            }

            if (permission.MarkedApiListener && permission.IsOnlyHttps)
            {
                continue;
            }

            var hint = permission.MarkedApiListener
                ? $" (the {IngressPermission.ApiListenerTag} tag allows TCP 443 only)"
                : "";
            yield return $"{permission.Where}allows {permission.DescribePorts()} from {world}{hint}";
        }
    }
}
