using Kaws.Kubernetes.Boot;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static Kaws.Tests.Kubernetes.Boot.YamlReading;

namespace Kaws.Tests.Kubernetes.Boot;

public class KubeadmConfigSpecs
{
    private static readonly BootDocuments Development = BootDocumentBuilder.Build(BootFixtures.Development);
    private static readonly BootDocuments Production = BootDocumentBuilder.Build(BootFixtures.Production);

    private static YamlMappingNode Cluster(BootDocuments documents) => OfKind(documents.MasterKubeadmConfig, "ClusterConfiguration");

    [Fact]
    public void A_master_config_holds_init_cluster_kubelet_and_control_plane_join_documents()
    {
        var documents = Documents(Development.MasterKubeadmConfig);

        Assert.Equal(["InitConfiguration", "ClusterConfiguration", "KubeletConfiguration", "JoinConfiguration"], documents.Select(document => Text(document, "kind")));
        Assert.Equal(["kubeadm.k8s.io/v1beta4", "kubeadm.k8s.io/v1beta4", "kubelet.config.k8s.io/v1beta1", "kubeadm.k8s.io/v1beta4"], documents.Select(document => Text(document, "apiVersion")));
    }

    [Fact]
    public void The_cluster_runs_the_pinned_patch_behind_the_load_balancer_placeholder()
    {
        var cluster = Cluster(Development);

        Assert.Equal("demo", Text(cluster, "clusterName"));
        Assert.Equal("v1.37.1", Text(cluster, "kubernetesVersion"));
        Assert.Equal("__KAWS_API_ENDPOINT__:443", Text(cluster, "controlPlaneEndpoint"));
        Assert.Equal("10.96.0.0/12", Text(cluster, "networking", "serviceSubnet"));
        Assert.Equal("192.168.0.0/16", Text(cluster, "networking", "podSubnet"));
        Assert.Equal("cluster.local", Text(cluster, "networking", "dnsDomain"));
    }

    [Theory]
    [InlineData("1.35", "v1.35.9")]
    [InlineData("1.36", "v1.36.4")]
    [InlineData("1.37", "v1.37.1")]
    public void Each_supported_minor_deploys_its_pinned_patch(string minor, string patch)
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Development with { KubernetesVersion = minor });

        Assert.Equal(patch, Text(Cluster(documents), "kubernetesVersion"));
        Assert.Contains($"readonly K8S_PACKAGE_VERSION='{patch[1..]}-1.1'", documents.MasterCloudInit, StringComparison.Ordinal);
        Assert.Contains($"https://pkgs.k8s.io/core:/stable:/v{minor}/deb/", documents.NodeCloudInit, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_server_is_started_with_every_hardening_flag()
    {
        var flags = Args(Cluster(Development), "apiServer", "extraArgs");

        var expected = new Dictionary<string, string>
        {
            ["admission-control-config-file"] = "/etc/kubernetes/kaws/admission-config.yaml",
            ["audit-log-maxage"] = "30",
            ["audit-log-maxbackup"] = "10",
            ["audit-log-maxsize"] = "100",
            ["audit-log-path"] = "/var/log/kubernetes/audit/audit.log",
            ["audit-policy-file"] = "/etc/kubernetes/kaws/audit-policy.yaml",
            ["authentication-config"] = "/etc/kubernetes/kaws/authentication-config.yaml",
            ["authorization-mode"] = "Node,RBAC",
            ["enable-admission-plugins"] = "NodeRestriction,PodSecurity,EventRateLimit,DenyServiceExternalIPs",
            ["encryption-provider-config"] = "/etc/kubernetes/kaws/encryption-config.yaml",
            ["encryption-provider-config-automatic-reload"] = "true",
            ["kubelet-certificate-authority"] = "/etc/kubernetes/pki/ca.crt",
            ["kubelet-client-certificate"] = "/etc/kubernetes/pki/apiserver-kubelet-client.crt",
            ["kubelet-client-key"] = "/etc/kubernetes/pki/apiserver-kubelet-client.key",
            ["profiling"] = "false",
            ["service-account-issuer"] = "https://kubernetes.default.svc.cluster.local",
            ["service-account-key-file"] = "/etc/kubernetes/pki/sa.pub",
            ["service-account-lookup"] = "true",
            ["service-account-signing-key-file"] = "/etc/kubernetes/pki/sa.key",
            ["tls-cipher-suites"] = string.Join(',', TlsSettings.StrongCipherSuites),
            ["tls-min-version"] = "VersionTLS12",
        };
        Assert.Equal(expected.OrderBy(flag => flag.Key), flags.OrderBy(flag => flag.Key));
    }

    [Fact]
    public void Anonymous_access_is_limited_to_health_endpoints_by_structured_authentication()
    {
        var flags = Args(Cluster(Development), "apiServer", "extraArgs");
        var authentication = Single(AuthenticationConfigBuilder.Render());

        // The flag and the structured file are mutually exclusive in the API server.
        Assert.False(flags.ContainsKey("anonymous-auth"));
        Assert.Equal("apiserver.config.k8s.io/v1", Text(authentication, "apiVersion"));
        Assert.Equal("AuthenticationConfiguration", Text(authentication, "kind"));
        Assert.Equal("true", Text(authentication, "anonymous", "enabled"));
        Assert.Equal(["/healthz", "/livez", "/readyz", "/api/v1/namespaces/kube-public/configmaps/cluster-info"], List(authentication, "anonymous", "conditions").Select(condition => Text(condition, "path")));
    }

    [Fact]
    public void Numeric_and_boolean_flag_values_are_written_as_strings()
    {
        var maxAge = List(Cluster(Development), "apiServer", "extraArgs")
            .Single(argument => Text(argument, "name") == "audit-log-maxage");

        Assert.Equal(ScalarStyle.DoubleQuoted, Assert.IsType<YamlScalarNode>(Node(maxAge, "value")).Style);
    }

    [Fact]
    public void Extra_admission_plugins_follow_the_required_ones_without_repeats()
    {
        var settings = BootFixtures.Development with { ExtraAdmissionPlugins = ["AlwaysPullImages", "PodSecurity", "DenyServiceExternalIPs"] };

        var flags = Args(Cluster(BootDocumentBuilder.Build(settings)), "apiServer", "extraArgs");

        Assert.Equal("NodeRestriction,PodSecurity,EventRateLimit,AlwaysPullImages,DenyServiceExternalIPs", flags["enable-admission-plugins"]);
    }

    [Fact]
    public void Controller_manager_and_scheduler_listen_on_loopback_without_profiling()
    {
        var controllerManager = Args(Cluster(Development), "controllerManager", "extraArgs");
        var scheduler = Args(Cluster(Development), "scheduler", "extraArgs");

        Assert.Equal("127.0.0.1", controllerManager["bind-address"]);
        Assert.Equal("false", controllerManager["profiling"]);
        Assert.Equal("true", controllerManager["use-service-account-credentials"]);
        Assert.Equal("RotateKubeletServerCertificate=true", controllerManager["feature-gates"]);
        Assert.Equal("/etc/kubernetes/pki/ca.crt", controllerManager["cluster-signing-cert-file"]);
        Assert.Equal("/etc/kubernetes/pki/ca.key", controllerManager["cluster-signing-key-file"]);
        Assert.Equal("VersionTLS12", controllerManager["tls-min-version"]);
        Assert.Equal("127.0.0.1", scheduler["bind-address"]);
        Assert.Equal("false", scheduler["profiling"]);
        Assert.Equal("VersionTLS12", scheduler["tls-min-version"]);
    }

    [Fact]
    public void Etcd_demands_client_and_peer_certificates_and_never_self_signs()
    {
        var etcd = Args(Cluster(Development), "etcd", "local", "extraArgs");

        Assert.Equal("true", etcd["client-cert-auth"]);
        Assert.Equal("true", etcd["peer-client-cert-auth"]);
        Assert.Equal("false", etcd["auto-tls"]);
        Assert.Equal("false", etcd["peer-auto-tls"]);
        Assert.Equal("TLS1.2", etcd["tls-min-version"]);
        Assert.Equal(string.Join(',', TlsSettings.StrongCipherSuites), etcd["cipher-suites"]);
    }

    [Fact]
    public void Tls13_drops_cipher_lists_everywhere()
    {
        var settings = BootFixtures.Development with { Tls = new TlsSettings { MinVersion = "VersionTLS13" } };
        var documents = BootDocumentBuilder.Build(settings);
        var cluster = Cluster(documents);

        Assert.Equal("VersionTLS13", Args(cluster, "apiServer", "extraArgs")["tls-min-version"]);
        Assert.False(Args(cluster, "apiServer", "extraArgs").ContainsKey("tls-cipher-suites"));
        Assert.Equal("TLS1.3", Args(cluster, "etcd", "local", "extraArgs")["tls-min-version"]);
        Assert.False(Args(cluster, "etcd", "local", "extraArgs").ContainsKey("cipher-suites"));
        Assert.False(Has(OfKind(documents.MasterKubeadmConfig, "KubeletConfiguration"), "tlsCipherSuites"));
    }

    [Fact]
    public void The_api_server_mounts_its_config_files_read_only_and_its_audit_log_directory_writable()
    {
        var volumes = List(Cluster(Development), "apiServer", "extraVolumes").ToDictionary(volume => Text(volume, "name"));

        Assert.Equal(["kaws-config", "kaws-audit-log"], volumes.Keys);
        Assert.Equal("/etc/kubernetes/kaws", Text(volumes["kaws-config"], "hostPath"));
        Assert.Equal("/etc/kubernetes/kaws", Text(volumes["kaws-config"], "mountPath"));
        Assert.Equal("true", Text(volumes["kaws-config"], "readOnly"));
        Assert.Equal("/var/log/kubernetes/audit", Text(volumes["kaws-audit-log"], "hostPath"));
        Assert.Equal("false", Text(volumes["kaws-audit-log"], "readOnly"));
    }

    [Fact]
    public void With_kms_the_plugin_socket_is_mounted_and_the_plugin_manifest_may_precede_kubeadm()
    {
        var volumes = List(Cluster(Production), "apiServer", "extraVolumes").ToDictionary(volume => Text(volume, "name"));
        var init = OfKind(Production.MasterKubeadmConfig, "InitConfiguration");
        var join = OfKind(Production.MasterKubeadmConfig, "JoinConfiguration");

        Assert.Equal("/var/run/kmsplugin", Text(volumes["kaws-kms-plugin"], "hostPath"));
        Assert.Equal(["DirAvailable--etc-kubernetes-manifests"], Texts(init, "nodeRegistration", "ignorePreflightErrors"));
        Assert.Equal(["DirAvailable--etc-kubernetes-manifests"], Texts(join, "nodeRegistration", "ignorePreflightErrors"));
        Assert.False(Has(OfKind(Development.MasterKubeadmConfig, "InitConfiguration"), "nodeRegistration", "ignorePreflightErrors"));
    }

    [Fact]
    public void The_kubelet_refuses_anonymous_callers_and_bootstraps_rotating_serving_certificates()
    {
        var kubelet = OfKind(Development.MasterKubeadmConfig, "KubeletConfiguration");

        Assert.Equal("false", Text(kubelet, "authentication", "anonymous", "enabled"));
        Assert.Equal("true", Text(kubelet, "authentication", "webhook", "enabled"));
        Assert.Equal("/etc/kubernetes/pki/ca.crt", Text(kubelet, "authentication", "x509", "clientCAFile"));
        Assert.Equal("Webhook", Text(kubelet, "authorization", "mode"));
        Assert.Equal("0", Text(kubelet, "readOnlyPort"));
        Assert.Equal("90s", Text(kubelet, "shutdownGracePeriod"));
        Assert.Equal("30s", Text(kubelet, "shutdownGracePeriodCriticalPods"));
        Assert.Equal("true", Text(kubelet, "protectKernelDefaults"));
        Assert.Equal("true", Text(kubelet, "rotateCertificates"));
        Assert.Equal("true", Text(kubelet, "serverTLSBootstrap"));
        Assert.Equal("VersionTLS12", Text(kubelet, "tlsMinVersion"));
        Assert.Equal(TlsSettings.StrongCipherSuites, Texts(kubelet, "tlsCipherSuites"));
        Assert.Equal("50", Text(kubelet, "eventRecordQPS"));
        Assert.Equal("systemd", Text(kubelet, "cgroupDriver"));
    }

    [Fact]
    public void The_kubelet_event_budget_follows_the_settings()
    {
        var documents = BootDocumentBuilder.Build(BootFixtures.Development with { KubeletEventQps = 7 });

        Assert.Equal("7", Text(OfKind(documents.MasterKubeadmConfig, "KubeletConfiguration"), "eventRecordQPS"));
    }

    [Fact]
    public void Every_kernel_default_the_kubelet_protects_is_set_by_cloud_init()
    {
        var sysctls = HostConfigFiles.Sysctls();

        foreach (var (key, value) in KubeletConfigBuilder.ProtectedKernelDefaults)
        {
            Assert.Contains($"\n{key} = {value}\n", sysctls, StringComparison.Ordinal);
        }

        Assert.Contains(BootFilePaths.Sysctls, Development.NodeCloudInit, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_master_creates_never_expiring_tokens_for_masters_and_nodes_and_prints_no_join_command()
    {
        var init = OfKind(Development.MasterKubeadmConfig, "InitConfiguration");
        var tokens = List(init, "bootstrapTokens");

        Assert.Equal([BootPlaceholders.MasterBootstrapToken, BootPlaceholders.NodeBootstrapToken], tokens.Select(token => Text(token, "token")));
        Assert.All(tokens, token => Assert.Equal("0s", Text(token, "ttl")));
        Assert.All(tokens, token => Assert.Equal(["system:bootstrappers:kubeadm:default-node-token"], Texts(token, "groups")));
        Assert.Equal(["show-join-command"], Texts(init, "skipPhases"));
        Assert.Equal(BootPlaceholders.NodeIp, Text(init, "localAPIEndpoint", "advertiseAddress"));
    }

    [Fact]
    public void Masters_join_the_control_plane_with_the_master_token_and_nodes_join_as_workers_with_theirs()
    {
        var masterJoin = OfKind(Development.MasterKubeadmConfig, "JoinConfiguration");
        var nodeJoin = Single(Development.NodeKubeadmConfig);

        Assert.Equal(BootPlaceholders.MasterBootstrapToken, Text(masterJoin, "discovery", "bootstrapToken", "token"));
        Assert.Equal(BootPlaceholders.NodeIp, Text(masterJoin, "controlPlane", "localAPIEndpoint", "advertiseAddress"));
        Assert.Equal("JoinConfiguration", Text(nodeJoin, "kind"));
        Assert.Equal(BootPlaceholders.NodeBootstrapToken, Text(nodeJoin, "discovery", "bootstrapToken", "token"));
        Assert.Equal(BootPlaceholders.NodeBootstrapToken, Text(nodeJoin, "discovery", "tlsBootstrapToken"));
        Assert.Equal([BootPlaceholders.CaCertHash], Texts(nodeJoin, "discovery", "bootstrapToken", "caCertHashes"));
        Assert.Equal("__KAWS_API_ENDPOINT__:443", Text(nodeJoin, "discovery", "bootstrapToken", "apiServerEndpoint"));
        Assert.False(Has(nodeJoin, "controlPlane"));
        Assert.Equal([new KeyValuePair<string, string>("node-ip", BootPlaceholders.NodeIp)], Args(nodeJoin, "nodeRegistration", "kubeletExtraArgs"));
    }

    [Fact]
    public void Every_instance_registers_under_its_ec2_private_dns_name()
    {
        var registrations = new[]
        {
            OfKind(Development.MasterKubeadmConfig, "InitConfiguration"),
            OfKind(Development.MasterKubeadmConfig, "JoinConfiguration"),
            Single(Development.NodeKubeadmConfig),
        };

        Assert.All(registrations, document => Assert.Equal(BootPlaceholders.NodeName, Text(document, "nodeRegistration", "name")));
        foreach (var script in new[] { BootScript.RenderMaster(BootFixtures.Development), BootScript.RenderNode(BootFixtures.Development) })
        {
            Assert.Contains("node_name=\"$(node_dns_name)\"", script, StringComparison.Ordinal);
            Assert.Contains($"substitute \"$RENDERED_CONFIG\" {BootPlaceholders.NodeName} \"$node_name\"", script, StringComparison.Ordinal);
        }
    }
}
