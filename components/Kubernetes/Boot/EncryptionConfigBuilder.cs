using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The API server's EncryptionConfiguration. The first provider encrypts every write, so it is the real one
/// (secretbox, aescbc or KMS v2); identity comes last only so objects written before encryption was
/// switched on stay readable until they are rewritten. Each key is one generation of
/// <see cref="KubernetesBootSettings.EncryptionKeyGenerations"/>, named by its generation and listed in that
/// order (the first writes, the others only read); its secret is a placeholder filled in on the master from SSM.
/// </summary>
public static class EncryptionConfigBuilder
{
    public static string Render(KubernetesBootSettings settings) =>
        BootYamlWriter.Write([Build(settings)], "# kaws: encryption at rest. " + BootPlaceholders.SecretPrefix + "…__ values are filled in on the master from SSM (kaws-encryption-keys).");

    public static YamlMappingNode Build(KubernetesBootSettings settings)
    {
        var resources = settings.EncryptConfigMaps ? new[] { "secrets", "configmaps" } : ["secrets"];
        var identity = Map(("identity", Map()));
        var group = Map(
            ("resources", Strings(resources)),
            ("providers", Seq(Provider(settings), identity)));
        return Map(
            ("apiVersion", Str("apiserver.config.k8s.io/v1")),
            ("kind", Str("EncryptionConfiguration")),
            ("resources", Seq(group)));
    }

    private static YamlMappingNode Provider(KubernetesBootSettings settings) => settings.EncryptionProvider switch
    {
        EncryptionProviderKind.Kms => Map(("kms", Map(
            ("apiVersion", Str("v2")),
            ("name", Str(KmsPluginSettings.ProviderName)),
            ("endpoint", Str("unix://" + settings.Kms.SocketPath)),
            ("timeout", Str(settings.Kms.Timeout))))),
        var kind => Map((EncryptionProviderNames.Name(kind), Map(
            ("keys", Seq(settings.EncryptionKeyGenerations.Select(Key)))))),
    };

    /// <summary>The key name of a generation; it travels with every ciphertext, so it never changes.</summary>
    public static string KeyName(int generation) => $"kaws-gen-{generation}";

    private static YamlNode Key(int generation) =>
        Map(("name", Str(KeyName(generation))), ("secret", Quoted(BootPlaceholders.EncryptionKeyOf(generation))));
}
