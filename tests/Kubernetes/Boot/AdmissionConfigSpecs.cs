using Kaws.Kubernetes.Boot;
using YamlDotNet.RepresentationModel;
using static Kaws.Tests.Kubernetes.Boot.YamlReading;

namespace Kaws.Tests.Kubernetes.Boot;

public class AdmissionConfigSpecs
{
    private static YamlNode Plugin(KubernetesBootSettings settings, string name) =>
        Node(List(Single(AdmissionConfigBuilder.Render(settings)), "plugins").Single(plugin => Text(plugin, "name") == name), "configuration");

    [Fact]
    public void Pod_security_enforces_restricted_everywhere_but_the_system_and_cni_namespaces()
    {
        var podSecurity = Plugin(BootFixtures.Development, "PodSecurity");

        Assert.Equal("pod-security.admission.config.k8s.io/v1", Text(podSecurity, "apiVersion"));
        Assert.Equal("PodSecurityConfiguration", Text(podSecurity, "kind"));
        foreach (var mode in new[] { "enforce", "audit", "warn" })
        {
            Assert.Equal("restricted", Text(podSecurity, "defaults", mode));
            Assert.Equal("latest", Text(podSecurity, "defaults", mode + "-version"));
        }

        Assert.Equal(["kube-system", "calico-system", "tigera-operator"], Texts(podSecurity, "exemptions", "namespaces"));
        Assert.Empty(List(podSecurity, "exemptions", "usernames"));
        Assert.Empty(List(podSecurity, "exemptions", "runtimeClasses"));
    }

    [Fact]
    public void Event_rate_limits_cover_the_server_each_namespace_and_each_user()
    {
        var settings = BootFixtures.Development with { EventRateLimit = new EventRateLimitSettings { UserQps = 3, UserBurst = 9 } };

        var limits = List(Plugin(settings, "EventRateLimit"), "limits").ToDictionary(limit => Text(limit, "type"));

        Assert.Equal("eventratelimit.admission.k8s.io/v1alpha1", Text(Plugin(settings, "EventRateLimit"), "apiVersion"));
        Assert.Equal(["Server", "Namespace", "User"], limits.Keys);
        Assert.Equal("50", Text(limits["Server"], "qps"));
        Assert.Equal("100", Text(limits["Namespace"], "burst"));
        Assert.Equal("2000", Text(limits["Namespace"], "cacheSize"));
        Assert.Equal("3", Text(limits["User"], "qps"));
        Assert.Equal("9", Text(limits["User"], "burst"));
    }

    [Fact]
    public void The_admission_file_is_what_the_api_server_flag_points_at()
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Development);
        var file = List(Single(documents.MasterCloudInit), "write_files").Single(entry => Text(entry, "path") == BootFilePaths.AdmissionConfig);

        Assert.Equal(AdmissionConfigBuilder.Render(BootFixtures.Development), Text(file, "content"));
        Assert.Contains("value: " + BootFilePaths.AdmissionConfig, documents.MasterKubeadmConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kms_plugin_runs_on_the_host_network_with_its_health_port_on_loopback()
    {
        var pod = Single(KmsPluginManifestBuilder.Render(BootFixtures.Production));
        var container = Assert.Single(List(pod, "spec", "containers"));

        Assert.Equal("true", Text(pod, "spec", "hostNetwork"));
        Assert.Equal(BootFixtures.Production.Kms.PluginImage, Text(container, "image"));
        Assert.Equal(
            ["/aws-encryption-provider", "--key=" + BootFixtures.Production.Kms.KeyArn, "--region=eu-west-1", "--listen=/var/run/kmsplugin/socket.sock", "--health-port=127.0.0.1:8083", "--health-kms-version=v2"],
            Texts(container, "command"));
        Assert.Equal("false", Text(container, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("/var/run/kmsplugin", Text(Assert.Single(List(pod, "spec", "volumes")), "hostPath", "path"));
    }
}
