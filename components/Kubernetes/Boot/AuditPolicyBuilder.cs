using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// The audit policy (first matching rule wins): drop health probes and control-plane chatter, log only
/// metadata for anything that carries secrets or tokens, log full bodies of RBAC and certificate changes
/// (who granted what, who asked for which certificate), and metadata for everything else.
/// </summary>
public static class AuditPolicyBuilder
{
    public static string Render() => BootYamlWriter.Write([Build()], "# kaws: API server audit policy; the first matching rule decides the level.");

    public static YamlMappingNode Build() => Map(
        ("apiVersion", Str("audit.k8s.io/v1")),
        ("kind", Str("Policy")),
        ("omitStages", Strings(["RequestReceived"])),
        ("rules", Seq(
            Map(("level", Str("None")),
                ("nonResourceURLs", Strings(["/healthz*", "/readyz*", "/livez*", "/version", "/version/"]))),
            Map(("level", Str("None")),
                ("users", Strings(["system:kube-proxy"])),
                ("verbs", Strings(["watch"])),
                ("resources", Seq(
                    Group("", "endpoints", "services", "services/status"),
                    Group("discovery.k8s.io", "endpointslices")))),
            Map(("level", Str("None")),
                ("userGroups", Strings(["system:nodes"])),
                ("verbs", Strings(["get"])),
                ("resources", Seq(Group("", "nodes", "nodes/status")))),
            Map(("level", Str("None")),
                ("users", Strings(["system:kube-controller-manager", "system:kube-scheduler", "system:serviceaccount:kube-system:endpoint-controller"])),
                ("verbs", Strings(["get", "update"])),
                ("namespaces", Strings(["kube-system"])),
                ("resources", Seq(Group("", "endpoints"), Group("coordination.k8s.io", "leases")))),
            Map(("level", Str("None")),
                ("resources", Seq(Group("", "events"), Group("events.k8s.io", "events")))),
            Map(("level", Str("Metadata")),
                ("resources", Seq(
                    Group("", "secrets", "configmaps", "serviceaccounts/token"),
                    Group("authentication.k8s.io", "tokenreviews")))),
            Map(("level", Str("RequestResponse")),
                ("verbs", Strings(["create", "update", "patch", "delete", "deletecollection"])),
                ("resources", Seq(Group("rbac.authorization.k8s.io"), Group("certificates.k8s.io")))),
            Map(("level", Str("Metadata"))))));

    /// <summary>A GroupResources entry; no resource names means every resource of the group.</summary>
    private static YamlMappingNode Group(string group, params string[] resources) => Map(
        ("group", Str(group)),
        ("resources", resources.Length == 0 ? null : Strings(resources)));
}
