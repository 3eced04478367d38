using Kaws.Infra.Config;
using Kaws.Kubernetes.Boot;

namespace Kaws.Infra.Cluster;

/// <summary>What masters and nodes boot with, derived from the stack config.</summary>
public static class BootSettingsFactory
{
    /// <summary>A worker of one node group: the cluster's settings plus the group's labels and taints.</summary>
    public static KubernetesBootSettings ForNodeGroup(StackConfig config, NodeGroupConfig group) => For(config) with
    {
        NodeLabels = group.Labels,
        NodeTaints = [.. group.Taints.Select(taint => new NodeTaintSetting(taint.Key, taint.Value, taint.Effect))],
        Gvisor = config.Gvisor && StackConfigBinder.IsGvisorNodeGroup(group) ? new GvisorSettings() : null,
    };

    public static KubernetesBootSettings For(StackConfig config)
    {
        var defaults = new KubernetesBootSettings { ClusterName = config.ClusterName, Region = config.Region };
        return defaults with
        {
            KubernetesVersion = config.KubernetesVersion,
            ServiceCidr = config.ServiceCidr,
            PodCidr = config.PodCidr,
            ClusterDomain = config.ClusterDomain,
            EncryptionProvider = EncryptionProviderNames.TryParse(config.EncryptionProvider, out var provider) ? provider : defaults.EncryptionProvider,
            EncryptConfigMaps = config.EncryptConfigMaps,
            EncryptionKeyGenerations = Kaws.Operations.EncryptionKeyRotation.Generations(config.EncryptionKeyGeneration, config.EncryptionKeyRotation),
            Kms = defaults.Kms with { KeyArn = config.KmsKeyArn, PluginImage = config.KmsPluginImage },
            ExtraAdmissionPlugins = [.. defaults.ExtraAdmissionPlugins.Union(config.AdmissionPlugins, StringComparer.Ordinal)],
        };
    }
}
