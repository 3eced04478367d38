using Kaws.Aws;
using Kaws.Core;
using Kaws.Infra.Config;
using Kaws.Kubernetes.Boot;
using Kaws.Network;
using Kaws.Operations;
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
        var etcdBackups = AddOperations(stack, config, clusterKey.Arn);

        stack.Export("vpcId", network.Vpc.Id);
        stack.Export("privateSubnetIds", new ListValue(network.PrivateSubnets.Select(subnet => (Value)subnet.Id)));
        stack.Export("kmsKeyArn", clusterKey.Arn);
        stack.Export("clusterCaCertificate", pki.ClusterTrustBundle);
        stack.Export("certificateExpiries", new MapValue(pki.Expiries));
        stack.Export(EtcdRestoreCommands.BucketOutput, etcdBackups.Bucket.Id);
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

    /// <summary>
    /// Day-2 operations: the encryption-at-rest keys of the current rotation stage (none with KMS v2) and the etcd
    /// backup bucket. The masters' role must get <see cref="EtcdBackups.MasterStatements"/>.
    /// </summary>
    private static EtcdBackups AddOperations(Kaws.Core.Stack stack, StackConfig config, Output<string> keyArn)
    {
        var boot = BootSettingsFactory.For(config);
        if (boot.EncryptionProvider != EncryptionProviderKind.Kms)
        {
            new EncryptionKeys(stack, "encryption-keys", new EncryptionKeysArgs(
                config.ClusterName, boot.EffectiveSsmPrefix, boot.EncryptionKeyGenerations, EncryptionConfigBuilder.Render(boot), keyArn));
        }

        return new EtcdBackups(stack, "etcd-backups", new EtcdBackupsArgs(
            config.ClusterName, config.Region, boot.EffectiveSsmPrefix, keyArn, config.EtcdBackupHourlyRetentionDays, config.EtcdBackupDailyRetentionDays));
    }
}
