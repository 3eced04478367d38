using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The kubeadm v1beta4 documents. Masters get one file for both paths: kubeadm init reads the
/// InitConfiguration, ClusterConfiguration and KubeletConfiguration (and ignores the JoinConfiguration);
/// kubeadm join reads only the JoinConfiguration and takes the rest from the cluster. Nodes get a
/// JoinConfiguration alone. Tokens, the load balancer name, the node IP and the CA hash are placeholders.
/// </summary>
public static class KubeadmConfigBuilder
{
    private const string ApiVersion = "kubeadm.k8s.io/v1beta4";

    /// <summary>The KMS plugin's static pod is in the manifests directory before kubeadm runs.</summary>
    private const string ManifestsNotEmpty = "DirAvailable--etc-kubernetes-manifests";

    public static string RenderMaster(KubernetesBootSettings settings) => BootYamlWriter.Write(
        [Init(settings), Cluster(settings), KubeletConfigBuilder.Build(settings), Join(settings, controlPlane: true)],
        "# kaws: kubeadm documents for a master (init or join --control-plane). __KAWS_…__ values are filled in at boot.");

    public static string RenderNode(KubernetesBootSettings settings) => BootYamlWriter.Write(
        [Join(settings, controlPlane: false)],
        "# kaws: kubeadm document for a worker node. __KAWS_…__ values are filled in at boot.");

    public static YamlMappingNode Init(KubernetesBootSettings settings) => Map(
        ("apiVersion", Str(ApiVersion)),
        ("kind", Str("InitConfiguration")),
        // Tokens never expire: the autoscaling groups may add masters or nodes at any time. Each can only
        // bootstrap a kubelet client certificate, which NodeRestriction then confines to its own node.
        ("bootstrapTokens", Seq(
            Token(BootPlaceholders.MasterBootstrapToken, "kaws: joins masters"),
            Token(BootPlaceholders.NodeBootstrapToken, "kaws: joins worker nodes"))),
        ("nodeRegistration", Registration(settings, controlPlane: true)),
        ("localAPIEndpoint", Endpoint()),
        ("skipPhases", Strings(["show-join-command"])));

    public static YamlMappingNode Cluster(KubernetesBootSettings settings)
    {
        var release = settings.Release;
        return Map(
            ("apiVersion", Str(ApiVersion)),
            ("kind", Str("ClusterConfiguration")),
            ("clusterName", Str(settings.ClusterName)),
            ("kubernetesVersion", Str(release.KubeadmVersion)),
            ("controlPlaneEndpoint", Str($"{BootPlaceholders.ApiEndpoint}:{BootFilePaths.ApiLoadBalancerPort}")),
            ("certificatesDir", Str(BootFilePaths.PkiDirectory)),
            ("imageRepository", Str("registry.k8s.io")),
            ("networking", Map(
                ("serviceSubnet", Str(settings.ServiceCidr)),
                ("podSubnet", Str(settings.PodCidr)),
                ("dnsDomain", Str(settings.ClusterDomain)))),
            ("etcd", Map(("local", Map(
                ("dataDir", Str("/var/lib/etcd")),
                ("extraArgs", Args(ControlPlaneArguments.Etcd(settings))))))),
            ("apiServer", Map(
                ("extraArgs", Args(ControlPlaneArguments.ApiServer(settings))),
                ("extraVolumes", Seq(ApiServerVolumes(settings))))),
            ("controllerManager", Map(("extraArgs", Args(ControlPlaneArguments.ControllerManager(settings))))),
            ("scheduler", Map(("extraArgs", Args(ControlPlaneArguments.Scheduler(settings))))));
    }

    public static YamlMappingNode Join(KubernetesBootSettings settings, bool controlPlane)
    {
        var token = controlPlane ? BootPlaceholders.MasterBootstrapToken : BootPlaceholders.NodeBootstrapToken;
        return Map(
            ("apiVersion", Str(ApiVersion)),
            ("kind", Str("JoinConfiguration")),
            ("discovery", Map(
                ("bootstrapToken", Map(
                    ("apiServerEndpoint", Str($"{BootPlaceholders.ApiEndpoint}:{BootFilePaths.ApiLoadBalancerPort}")),
                    ("token", Quoted(token)),
                    ("caCertHashes", Strings([BootPlaceholders.CaCertHash])))),
                ("tlsBootstrapToken", Quoted(token)))),
            ("nodeRegistration", Registration(settings, controlPlane)),
            ("controlPlane", controlPlane ? Map(("localAPIEndpoint", Endpoint())) : null),
            // The first master may still be initialising when a joiner starts; give discovery time.
            ("timeouts", Map(("discovery", Str("15m0s")))));
    }

    /// <summary>The API server's extra host paths: its config files, the audit log directory and the KMS socket.</summary>
    private static IEnumerable<YamlNode> ApiServerVolumes(KubernetesBootSettings settings)
    {
        yield return Volume("kaws-config", BootFilePaths.ApiServerConfigDirectory, readOnly: true, "DirectoryOrCreate");
        yield return Volume("kaws-audit-log", AuditLogDirectory(settings), readOnly: false, "DirectoryOrCreate");
        if (settings.EncryptionProvider == EncryptionProviderKind.Kms)
        {
            yield return Volume("kaws-kms-plugin", KmsSocketDirectory(settings), readOnly: false, "DirectoryOrCreate");
        }
    }

    public static string AuditLogDirectory(KubernetesBootSettings settings) =>
        settings.AuditLog.Path[..settings.AuditLog.Path.LastIndexOf('/')];

    public static string KmsSocketDirectory(KubernetesBootSettings settings) =>
        settings.Kms.SocketPath[..settings.Kms.SocketPath.LastIndexOf('/')];

    private static YamlMappingNode Volume(string name, string path, bool readOnly, string pathType) => Map(
        ("name", Str(name)),
        ("hostPath", Str(path)),
        ("mountPath", Str(path)),
        ("readOnly", Bool(readOnly)),
        ("pathType", Str(pathType)));

    private static YamlMappingNode Token(string placeholder, string description) => Map(
        ("token", Quoted(placeholder)),
        ("description", Str(description)),
        ("ttl", Str("0s")),
        ("usages", Strings(["signing", "authentication"])),
        ("groups", Strings(["system:bootstrappers:kubeadm:default-node-token"])));

    private static YamlMappingNode Registration(KubernetesBootSettings settings, bool controlPlane) => Map(
        // The EC2 private DNS name, not the short hostname Ubuntu sets: serving-certificate approval matches it.
        ("name", Str(BootPlaceholders.NodeName)),
        ("criSocket", Str(BootFilePaths.CriSocket)),
        ("imagePullPolicy", Str("IfNotPresent")),
        ("kubeletExtraArgs", Args(KubeletArguments(settings, controlPlane))),
        ("taints", !controlPlane && settings.NodeTaints.Count > 0 ? Seq(settings.NodeTaints.Select(taint => (YamlNode)Map(
            ("key", Str(taint.Key)),
            ("value", taint.Value.Length == 0 ? null : Str(taint.Value)),
            ("effect", Str(taint.Effect))))) : null),
        ("ignorePreflightErrors", controlPlane && settings.EncryptionProvider == EncryptionProviderKind.Kms ? Strings([ManifestsNotEmpty]) : null));

    /// <summary>The kubelet's own address, and on workers their group's labels (sorted, so the bytes are stable).</summary>
    private static IEnumerable<KeyValuePair<string, string>> KubeletArguments(KubernetesBootSettings settings, bool controlPlane)
    {
        yield return new("node-ip", BootPlaceholders.NodeIp);
        if (!controlPlane && settings.NodeLabels.Count > 0)
        {
            yield return new("node-labels", string.Join(",", settings.NodeLabels.OrderBy(label => label.Key, StringComparer.Ordinal).Select(label => $"{label.Key}={label.Value}")));
        }
    }

    private static YamlMappingNode Endpoint() => Map(
        ("advertiseAddress", Str(BootPlaceholders.NodeIp)),
        ("bindPort", Int(BootFilePaths.ApiServerPort)));
}
