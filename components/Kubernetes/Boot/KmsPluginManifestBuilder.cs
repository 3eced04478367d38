using System.Globalization;
using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The aws-encryption-provider static pod each master runs for KMS v2 encryption. It uses the host network
/// (the CNI is not up when the API server first starts) and the instance role to call KMS; its health
/// endpoint listens on loopback only.
/// </summary>
public static class KmsPluginManifestBuilder
{
    public static string Render(KubernetesBootSettings settings) =>
        BootYamlWriter.Write([Build(settings)], "# kaws: KMS v2 plugin (kubernetes-sigs/aws-encryption-provider) for encryption at rest.");

    public static YamlMappingNode Build(KubernetesBootSettings settings)
    {
        var kms = settings.Kms;
        var port = kms.HealthPort.ToString(CultureInfo.InvariantCulture);
        var socketDirectory = KubeadmConfigBuilder.KmsSocketDirectory(settings);
        var container = Map(
            ("name", Str("aws-encryption-provider")),
            ("image", Str(kms.PluginImage)),
            ("command", Strings([
                "/aws-encryption-provider",
                "--key=" + kms.KeyArn,
                "--region=" + settings.Region,
                "--listen=" + kms.SocketPath,
                "--health-port=127.0.0.1:" + port,
                "--health-kms-version=v2",
            ])),
            ("livenessProbe", Map(
                ("httpGet", Map(("host", Str("127.0.0.1")), ("path", Str("/livez")), ("port", Int(kms.HealthPort)))),
                ("initialDelaySeconds", Int(10)),
                ("periodSeconds", Int(10)))),
            ("securityContext", Map(
                ("allowPrivilegeEscalation", Bool(false)),
                ("readOnlyRootFilesystem", Bool(true)),
                ("capabilities", Map(("drop", Strings(["ALL"])))))),
            ("volumeMounts", Seq(Map(("name", Str("kms-socket")), ("mountPath", Str(socketDirectory))))));
        return Map(
            ("apiVersion", Str("v1")),
            ("kind", Str("Pod")),
            ("metadata", Map(
                ("name", Str("aws-encryption-provider")),
                ("namespace", Str("kube-system")),
                ("labels", Map(("component", Str("aws-encryption-provider")), ("tier", Str("control-plane")))))),
            ("spec", Map(
                ("hostNetwork", Bool(true)),
                ("priorityClassName", Str("system-node-critical")),
                ("securityContext", Map(("seccompProfile", Map(("type", Str("RuntimeDefault")))))),
                ("containers", Seq(container)),
                ("volumes", Seq(Map(
                    ("name", Str("kms-socket")),
                    ("hostPath", Map(("path", Str(socketDirectory)), ("type", Str("DirectoryOrCreate"))))))))));
    }
}
