using Kaws.Aws;
using Kaws.Core;
using Kaws.Infra.Config;
using Kaws.Network;
using Kaws.Pki;

namespace Kaws.Infra.Cluster;

/// <summary>The stack definition: which components a cluster is made of, wired from its config.</summary>
public static class ClusterStack
{
    public static Kaws.Core.Stack Build(StackConfig config)
    {
        var stack = new Kaws.Core.Stack(config.StackName);
        var clusterKey = new ClusterKey(stack, "cluster-key", new ClusterKeyArgs(config.ClusterName, config.Region));
        var network = new ClusterNetwork(stack, "network", new NetworkArgs(config.ClusterName, Cidr.Parse(config.VpcCidr), config.AzCount, config.FlowLogRetentionDays, clusterKey.Arn));
        var pki = new ClusterPki(stack, "pki", new ClusterPkiArgs(
            PkiSettings(config),
            PendingAwsLayer.ApiLoadBalancerDnsName(config.ClusterName),
            clusterKey.Arn));

        stack.Export("vpcId", network.Vpc.Id);
        stack.Export("privateSubnetIds", new ListValue(network.PrivateSubnets.Select(subnet => (Value)subnet.Id)));
        stack.Export("kmsKeyArn", clusterKey.Arn);
        stack.Export("clusterCaCertificate", pki.ClusterTrustBundle);
        stack.Export("certificateExpiries", new MapValue(pki.Expiries));
        return stack;
    }

    public static CertificatePlanSettings PkiSettings(StackConfig config) => new(
        config.ClusterName,
        config.ClusterDomain,
        config.ServiceCidr,
        config.KeyAlgorithm == "RSA" ? new KeyAlgorithm("RSA", config.RsaBits) : KeyAlgorithm.EcdsaP256,
        config.CaValidityHours,
        config.CertValidityHours,
        config.CertEarlyRenewalHours,
        config.AdminCertValidityHours,
        new CaGenerations(config.CaGeneration, config.CaRotation));
}
