using YamlDotNet.RepresentationModel;
using static Kaws.Kubernetes.Boot.BootYaml;

namespace Kaws.Kubernetes.Boot;

/// <summary>The API server's AdmissionConfiguration: Pod Security defaults and exemptions, and the EventRateLimit buckets.</summary>
public static class AdmissionConfigBuilder
{
    public static string Render(KubernetesBootSettings settings) =>
        BootYamlWriter.Write([Build(settings)], "# kaws: admission plugin configuration (Pod Security admission, EventRateLimit).");

    public static YamlMappingNode Build(KubernetesBootSettings settings)
    {
        var podSecurity = settings.PodSecurity;
        var limits = settings.EventRateLimit;
        var podSecurityConfiguration = Map(
            ("apiVersion", Str("pod-security.admission.config.k8s.io/v1")),
            ("kind", Str("PodSecurityConfiguration")),
            ("defaults", Map(
                ("enforce", Str(podSecurity.Enforce)),
                ("enforce-version", Str(podSecurity.Version)),
                ("audit", Str(podSecurity.Audit)),
                ("audit-version", Str(podSecurity.Version)),
                ("warn", Str(podSecurity.Warn)),
                ("warn-version", Str(podSecurity.Version)))),
            ("exemptions", Map(
                ("usernames", Seq()),
                ("runtimeClasses", Seq()),
                ("namespaces", Strings(podSecurity.ExemptNamespaces)))));
        var eventRateLimitConfiguration = Map(
            ("apiVersion", Str("eventratelimit.admission.k8s.io/v1alpha1")),
            ("kind", Str("Configuration")),
            ("limits", Seq(
                Map(("type", Str("Server")), ("qps", Int(limits.ServerQps)), ("burst", Int(limits.ServerBurst))),
                Map(("type", Str("Namespace")), ("qps", Int(limits.NamespaceQps)), ("burst", Int(limits.NamespaceBurst)), ("cacheSize", Int(limits.NamespaceCacheSize))),
                Map(("type", Str("User")), ("qps", Int(limits.UserQps)), ("burst", Int(limits.UserBurst)), ("cacheSize", Int(limits.UserCacheSize))))));
        return Map(
            ("apiVersion", Str("apiserver.config.k8s.io/v1")),
            ("kind", Str("AdmissionConfiguration")),
            ("plugins", Seq(
                Map(("name", Str("PodSecurity")), ("configuration", podSecurityConfiguration)),
                Map(("name", Str("EventRateLimit")), ("configuration", eventRateLimitConfiguration)))));
    }
}
