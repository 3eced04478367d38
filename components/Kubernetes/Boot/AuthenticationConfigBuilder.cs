using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Anonymous requests are refused everywhere except the three health endpoints and kubeadm's discovery object. --anonymous-auth=false
/// alone would also refuse the kubelet's own liveness/readiness/startup probes of the API server pod
/// (probes send no credentials), which would restart it in a loop; the network load balancer's checks are
/// plain TCP and need neither. This structured form (stable since Kubernetes 1.34) keeps the probes and
/// the boot scripts' /readyz wait working while /version, discovery and every API path need credentials,
/// even if an RBAC binding to system:anonymous slips in. It replaces the --anonymous-auth flag, which the
/// API server refuses alongside it. kubeadm join's token discovery reads the public kube-public/cluster-info
/// ConfigMap before it has credentials (it checks the JWS signature made with the bootstrap token and pins
/// the CA hash), so that single object path is allowed too; it holds only the CA certificate and the endpoint.
/// </summary>
public static class AuthenticationConfigBuilder
{
    public const string ClusterInfoPath = "/api/v1/namespaces/kube-public/configmaps/cluster-info";

    public static IReadOnlyList<string> AnonymousPaths { get; } = ["/healthz", "/livez", "/readyz", ClusterInfoPath];

    public static string Render() => BootYamlWriter.Write([Build()], "# kaws: API server authentication; anonymous only for health probes and join discovery.");

    public static YamlMappingNode Build() => Map(
        ("apiVersion", Str("apiserver.config.k8s.io/v1")),
        ("kind", Str("AuthenticationConfiguration")),
        ("anonymous", Map(
            ("enabled", Bool(true)),
            ("conditions", Seq(AnonymousPaths.Select(path => (YamlNode)Map(("path", Str(path)))))))));
}
