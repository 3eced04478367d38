using System.Collections.Immutable;
using Kaws.Aws;
using Kaws.Compute;
using Kaws.Core;
using Kaws.Infra.Config;
using Kaws.Kubernetes.Baseline;
using Kaws.Kubernetes.Boot;
using Kaws.LoadBalancer;
using Kaws.Network;
using Kaws.Operations;
using Kaws.Pki;
using Kaws.Security;

namespace Kaws.Infra.Cluster;

/// <summary>The stack definition: which components a cluster is made of, wired from its config.</summary>
public static class ClusterStack
{
    public static Kaws.Core.Stack Build(StackConfig config)
    {
        var stack = new Kaws.Core.Stack(config.StackName);
        var clusterKey = new ClusterKey(stack, "cluster-key", new ClusterKeyArgs(config.ClusterName, config.Region));
        var network = new ClusterNetwork(stack, "network", new NetworkArgs(config.ClusterName, Cidr.Parse(config.VpcCidr), config.AzCount, config.FlowLogRetentionDays, clusterKey.Arn, config.NatGatewayPerAz));
        var bootSettings = BootSettingsFactory.For(config);
        var etcdBackups = AddOperations(stack, config, bootSettings, clusterKey.Arn);

        var bastionOn = config.Bastion == BastionMode.Ssh;
        var securityGroups = new ClusterSecurityGroups(stack, "security-groups", new ClusterSecurityGroupsArgs(
            config.ClusterName,
            network.Vpc.Id,
            new SecurityGroupMatrixOptions(config.ApiPublic, bastionOn),
            ImmutableDictionary<CidrSource, ImmutableArray<NamedCidr>>.Empty
                .Add(CidrSource.Vpc, [new NamedCidr("", network.VpcCidr.ToString())])
                .Add(CidrSource.ApiClients, [.. config.ApiAllowedCidrs.Select(NamedCidr.Literal)])
                .Add(CidrSource.Admins, [.. config.AdminCidrs.Select(NamedCidr.Literal)])
                .Add(CidrSource.NatAddresses, [.. network.Routes.NatAddresses.Select((address, zone) => new NamedCidr($"az{zone}", Fn.Format($"{address.PublicIp}/32")))])));

        var ssmPrefix = bootSettings.EffectiveSsmPrefix;
        var api = new ApiLoadBalancer(stack, "api", new ApiLoadBalancerArgs(
            config.ClusterName,
            config.ApiPublic,
            network.Vpc.Id,
            [.. (config.ApiPublic ? network.PublicSubnets : network.PrivateSubnets).Select(subnet => subnet.Id)],
            securityGroups[ClusterGroup.ApiLoadBalancer].Id,
            ssmPrefix));

        // The API serving certificate names the load balancer: the name clients and the boot dial.
        var pki = new ClusterPki(stack, "pki", new ClusterPkiArgs(PkiSettings(config), api.DnsName, clusterKey.Arn));

        var partition = AwsAccount.Partition;
        var policyScope = new InstancePolicyScope(
            config.ClusterName,
            config.Region,
            partition,
            AwsAccount.Id,
            ssmPrefix,
            clusterKey.Arn);
        ImmutableArray<Output<string>> privateSubnetIds = [.. network.PrivateSubnets.Select(subnet => subnet.Id)];

        // Every SSM parameter a boot script reads exists before the first instance starts.
        var bootParameters = stack.Descendants().OfType<Kaws.Providers.Aws.Ssm.Parameter>().ToImmutableArray<CustomResource>();
        var masters = new MasterGroup(stack, "masters", new MasterGroupArgs(
            config.ClusterName,
            config.MasterCount,
            config.MasterInstanceType,
            config.MasterVolumeGb,
            policyScope,
            securityGroups[ClusterGroup.Masters].Id,
            privateSubnetIds,
            api.TargetGroup.Arn,
            clusterKey.Arn,
            UserDataEncoding.Encode(CloudInitBuilder.Render(bootSettings, BootRole.Master)),
            [("etcd-backups", IamDocuments.Document([.. etcdBackups.MasterStatements]))],
            bootParameters));

        var encodedUserData = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in config.NodeGroups)
        {
            // Groups that boot alike share one user data text: compress it once (gzip at its smallest is the costly part).
            var nodeCloudInit = CloudInitBuilder.Render(BootSettingsFactory.ForNodeGroup(config, group), BootRole.Node);
            if (!encodedUserData.TryGetValue(nodeCloudInit, out var nodeUserData))
            {
                nodeUserData = UserDataEncoding.Encode(nodeCloudInit);
                encodedUserData[nodeCloudInit] = nodeUserData;
            }

            new NodeGroup(stack, $"nodes-{group.Name}", new NodeGroupArgs(
                config.ClusterName,
                group.Name,
                group.InstanceType,
                group.Min,
                group.Desired,
                group.Max,
                group.Labels,
                [.. group.Taints.Select(taint => new NodeGroupTaint(taint.Key, taint.Value, taint.Effect))],
                config.NodeVolumeGb,
                policyScope,
                securityGroups[ClusterGroup.Nodes].Id,
                privateSubnetIds,
                clusterKey.Arn,
                nodeUserData,
                bootParameters));
        }

        // Always declared (see ClusterApi); used only when the in-cluster baseline is applied.
        var breakGlass = pki.Certificates.Single(certificate => certificate.Plan.Name == CertificatePlan.BreakGlassName);
        var clusterApi = new ClusterApi(stack, "cluster-api", new ClusterApiArgs(
            config.ClusterName, api.DnsName, pki.ClusterTrustBundle, breakGlass.Certificate.CertPem, breakGlass.Key.PrivateKeyPem, [masters.Group],
            config.ApiTunnelPort));
        if (config.InClusterBaselineApplied)
        {
            AddInClusterBaseline(stack, config, clusterApi, masters);
        }

        if (bastionOn)
        {
            var bastion = new Bastion(stack, "bastion", new BastionArgs(
                config.ClusterName,
                Bastion.DefaultInstanceType,
                partition,
                securityGroups[ClusterGroup.Bastion].Id,
                network.PublicSubnets[0].Id,
                clusterKey.Arn));
            stack.Export("bastionPublicIp", bastion.Instance.PublicIp);
        }

        stack.Export("apiEndpoint", api.DnsName);
        stack.Export("vpcId", network.Vpc.Id);
        stack.Export("privateSubnetIds", new ListValue(network.PrivateSubnets.Select(subnet => (Value)subnet.Id)));
        stack.Export("kmsKeyArn", clusterKey.Arn);
        stack.Export("securityGroupIds", new MapValue(securityGroups.Groups.Select(group =>
            KeyValuePair.Create(SecurityPeer.Of(group.Key).Name, (Value)group.Value.Id))));
        stack.Export("clusterCaCertificate", pki.ClusterTrustBundle);
        stack.Export("certificateExpiries", new MapValue(pki.Expiries));
        stack.Export(EtcdRestoreCommands.BucketOutput, etcdBackups.Bucket.Id);
        return stack;
    }

    /// <summary>
    /// RBAC, managed namespaces, Calico, CSR approval, gVisor and the image allowlist, applied through the break-glass
    /// admin's kubeconfig once the masters exist.
    /// </summary>
    private static InClusterBaseline AddInClusterBaseline(Kaws.Core.Stack stack, StackConfig config, ClusterApi api, MasterGroup masters) =>
        new(stack, "kubernetes", new InClusterBaselineArgs(
            api,
            config.ManagedNamespaces,
            $"v{config.KubernetesVersion}",
            config.PodCidr,
            NodeNames.PrivateDnsRegex(config.Region),
            [config.VpcCidr],
            config.Gvisor,
            config.ImageAllowlistEnabled,
            config.ImageAllowlist,
            [masters.Group]));

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
    private static EtcdBackups AddOperations(Kaws.Core.Stack stack, StackConfig config, KubernetesBootSettings boot, Output<string> keyArn)
    {
        if (boot.EncryptionProvider != EncryptionProviderKind.Kms)
        {
            new EncryptionKeys(stack, "encryption-keys", new EncryptionKeysArgs(
                config.ClusterName, boot.EffectiveSsmPrefix, boot.EncryptionKeyGenerations, EncryptionConfigBuilder.Render(boot), keyArn));
        }

        return new EtcdBackups(stack, "etcd-backups", new EtcdBackupsArgs(
            config.ClusterName, config.Region, boot.EffectiveSsmPrefix, keyArn, config.EtcdBackupHourlyRetentionDays, config.EtcdBackupDailyRetentionDays));
    }
}
