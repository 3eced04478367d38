using System.Collections.Immutable;
using Kaws.Infra.Config;

namespace Kaws.Infra.Cli;

/// <summary>Settings that weaken the cluster on purpose: allowed, but always called out.</summary>
public static class ConfigWarnings
{
    public static ImmutableArray<string> For(StackConfig config)
    {
        var warnings = ImmutableArray.CreateBuilder<string>();
        if (config.AllowSshFromAnywhere)
        {
            warnings.Add("kaws:allowSshFromAnywhere is true: the SSH bastion may be open to the whole internet");
        }

        if (config.AllowApiFromAnywhere)
        {
            warnings.Add("kaws:allowApiFromAnywhere is true: the Kubernetes API may be open to the whole internet");
        }

        if (config.Bastion == BastionMode.Ssh)
        {
            warnings.Add($"kaws:bastion is ssh: a public instance accepts SSH from kaws:adminCidrs ({string.Join(", ", config.AdminCidrs)})");
        }

        if (!config.ImageAllowlistEnabled)
        {
            warnings.Add("kaws:imageAllowlistEnabled is false: pods may run images from any registry");
        }

        if (!config.InClusterBaselineApplied)
        {
            // The policies on in-cluster objects pass vacuously then: say plainly that nothing inside the cluster is applied.
            var why = config.InClusterBaseline == InClusterBaselineMode.Off ? "kaws:inClusterBaseline is off" : "the API is internal (kaws:inClusterBaseline auto)";
            warnings.Add($"{why}: this stack does not apply the in-cluster baseline (RBAC, namespaces, default-deny NetworkPolicies, Calico, image allowlist); apply it from inside the VPC or through kaws:apiTunnelPort (docs/kubernetes-baseline.md)");
        }

        if (!config.NatGatewayPerAz && config.AzCount > 1)
        {
            warnings.Add("kaws:natGatewayPerAz is false: one NAT gateway serves every AZ (cheaper, not AZ-fault tolerant)");
        }

        warnings.AddRange(CertificateWarnings.For(config));
        return warnings.ToImmutable();
    }
}
