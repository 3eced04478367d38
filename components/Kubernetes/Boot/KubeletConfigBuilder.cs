using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The cluster-wide KubeletConfiguration. kubeadm init uploads it to the kubelet-config ConfigMap and every
/// joining master and node downloads it from there, so this one document configures all kubelets.
/// </summary>
public static class KubeletConfigBuilder
{
    /// <summary>The kernel settings protectKernelDefaults makes the kubelet insist on (it refuses to start otherwise).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ProtectedKernelDefaults { get; } =
    [
        new("kernel.keys.root_maxbytes", "25000000"),
        new("kernel.keys.root_maxkeys", "1000000"),
        new("kernel.panic", "10"),
        new("kernel.panic_on_oops", "1"),
        new("vm.overcommit_memory", "1"),
        new("vm.panic_on_oom", "0"),
    ];

    public static YamlMappingNode Build(KubernetesBootSettings settings)
    {
        var tls = settings.Tls;
        return Map(
            ("apiVersion", Str("kubelet.config.k8s.io/v1beta1")),
            ("kind", Str("KubeletConfiguration")),
            ("authentication", Map(
                ("anonymous", Map(("enabled", Bool(false)))),
                ("webhook", Map(("enabled", Bool(true)), ("cacheTTL", Str("2m0s")))),
                ("x509", Map(("clientCAFile", Str(BootFilePaths.PkiDirectory + "/ca.crt")))))),
            ("authorization", Map(("mode", Str("Webhook")))),
            ("readOnlyPort", Int(0)),
            ("protectKernelDefaults", Bool(true)),
            ("rotateCertificates", Bool(true)),
            ("serverTLSBootstrap", Bool(true)),
            ("tlsMinVersion", Str(tls.MinVersion)),
            ("tlsCipherSuites", tls.UsesCipherList ? Strings(tls.CipherSuites) : null),
            ("eventRecordQPS", Int(settings.KubeletEventQps)),
            ("cgroupDriver", Str("systemd")),
            ("clusterDomain", Str(settings.ClusterDomain)),
            ("healthzBindAddress", Str("127.0.0.1")),
            ("makeIPTablesUtilChains", Bool(true)),
            ("seccompDefault", Bool(true)),
            ("streamingConnectionIdleTimeout", Str("5m0s")),
            // Graceful node shutdown: an instance the auto scaling group replaces (instance refresh, scale-in)
            // gives its pods time to stop instead of dying with the VM; critical pods stop last.
            ("shutdownGracePeriod", Str("90s")),
            ("shutdownGracePeriodCriticalPods", Str("30s")));
    }
}
