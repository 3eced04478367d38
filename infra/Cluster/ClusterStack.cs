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
        var keyAlgorithm = config.KeyAlgorithm == "RSA" ? new KeyAlgorithm("RSA", config.RsaBits) : KeyAlgorithm.EcdsaP256;
        var pki = new ClusterPki(stack, "pki", new ClusterPkiArgs(config.ClusterName, keyAlgorithm, config.CaValidityHours));

        stack.Export("vpcId", network.Vpc.Id);
        stack.Export("privateSubnetIds", new ListValue(network.PrivateSubnets.Select(subnet => (Value)subnet.Id)));
        stack.Export("kmsKeyArn", clusterKey.Arn);
        stack.Export("clusterCaCertificate", pki.ClusterCa.Certificate.CertPem);
        return stack;
    }
}
