using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Kubernetes.Boot;

/// <summary>Settings the boot specs render: a development cluster (secretbox) and a production one (KMS v2).</summary>
internal static class BootFixtures
{
    public static KubernetesBootSettings Development => new() { ClusterName = "demo", Region = "eu-west-1" };

    public static KubernetesBootSettings Production => Development with
    {
        ClusterName = "prod",
        EncryptionProvider = EncryptionProviderKind.Kms,
        Kms = new KmsPluginSettings
        {
            KeyArn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            PluginImage = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/aws-encryption-provider@sha256:" + new string('a', 64),
        },
    };

    public static IEnumerable<object[]> BothClusters() => [[nameof(Development)], [nameof(Production)]];

    public static KubernetesBootSettings Named(string name) => name == nameof(Production) ? Production : Development;
}
