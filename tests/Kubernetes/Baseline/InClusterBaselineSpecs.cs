using Kaws.Core;
using Kaws.Kubernetes.Baseline;
using Kaws.Tests.Aws;
using Kaws.Tests.Support;

namespace Kaws.Tests.Kubernetes.Baseline;

public sealed class InClusterBaselineSpecs
{
    private const string Namespace = "kubernetes:core/v1:Namespace";
    private const string NetworkPolicy = "kubernetes:networking.k8s.io/v1:NetworkPolicy";
    private const string ClusterRoleBinding = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
    private const string RoleBinding = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
    private const string Release = "kubernetes:helm.sh/v3:Release";
    private const string RuntimeClass = "kubernetes:node.k8s.io/v1:RuntimeClass";
    private const string Policy = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy";
    private const string PolicyBinding = "kubernetes:admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding";

    [Fact]
    public void Managed_namespaces_enforce_audit_and_warn_restricted_at_the_pinned_version()
    {
        var stack = BaselineStacks.Dev(("kaws:extraNamespaces", """["payments"]"""));

        var names = stack.Program.OfType(Namespace).Select(ns => ns.Property("metadata", "name").Text()).Order(StringComparer.Ordinal);
        Assert.Equal(["kaws-system", "payments", "workloads"], names);
        foreach (var ns in stack.Program.OfType(Namespace))
        {
            var labels = (MapValue)ns.Property("metadata", "labels")!;
            Assert.Equal(
                new Dictionary<string, string?>
                {
                    ["app.kubernetes.io/managed-by"] = "kaws",
                    ["pod-security.kubernetes.io/audit"] = "restricted",
                    ["pod-security.kubernetes.io/audit-version"] = "v1.37",
                    ["pod-security.kubernetes.io/enforce"] = "restricted",
                    ["pod-security.kubernetes.io/enforce-version"] = "v1.37",
                    ["pod-security.kubernetes.io/warn"] = "restricted",
                    ["pod-security.kubernetes.io/warn-version"] = "v1.37",
                },
                labels.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Text()));
        }
    }

    [Fact]
    public void Every_managed_namespace_has_default_deny_and_only_dns_egress_to_kube_dns()
    {
        var stack = BaselineStacks.Dev(("kaws:extraNamespaces", """["payments"]"""));

        foreach (var name in new[] { "kaws-system", "payments", "workloads" })
        {
            var policies = stack.Program.OfType(NetworkPolicy).Where(policy => policy.Property("metadata", "namespace").Text() == name).ToList();
            Assert.Equal(2, policies.Count);

            var deny = Assert.Single(policies, policy => policy.Property("metadata", "name").Text() == "default-deny");
            Assert.Empty(((MapValue)deny.Property("spec", "podSelector")!).Entries);
            Assert.Equal(["Ingress", "Egress"], deny.Property("spec", "policyTypes").Items().Select(item => item.Text()));
            Assert.Null(deny.Property("spec", "ingress"));
            Assert.Null(deny.Property("spec", "egress"));

            var dns = Assert.Single(policies, policy => policy.Property("metadata", "name").Text() == "allow-dns-egress");
            Assert.Equal(["Egress"], dns.Property("spec", "policyTypes").Items().Select(item => item.Text()));
            Assert.Null(dns.Property("spec", "ingress"));
            var rule = Assert.Single(dns.Property("spec", "egress").Items());
            var peer = (MapValue)Assert.Single(((MapValue)rule)["to"].Items());
            Assert.Equal("kube-system", peer.Property("namespaceSelector", "matchLabels", "kubernetes.io/metadata.name").Text());
            Assert.Equal("kube-dns", peer.Property("podSelector", "matchLabels", "k8s-app").Text());
            Assert.Equal(
                ["UDP/53", "TCP/53"],
                ((MapValue)rule)["ports"].Items().Select(port => $"{port.Property("protocol").Text()}/{port.Property("port").Number()}"));
        }
    }

    [Fact]
    public void Rbac_binds_exactly_the_admin_and_viewer_groups_and_never_anonymous()
    {
        var stack = BaselineStacks.Dev();

        var bindings = stack.Program.OfType(ClusterRoleBinding)
            .Select(binding => (
                Role: binding.Property("roleRef", "name").Text(),
                Subjects: string.Join(",", binding.Property("subjects").Items().Select(subject => $"{subject.Property("kind").Text()}:{subject.Property("name").Text()}"))))
            .OrderBy(binding => binding.Role, StringComparer.Ordinal)
            .ToList();
        Assert.Equal([("cluster-admin", "Group:kaws:admins"), ("view", "Group:kaws:viewers")], bindings);
        Assert.Empty(stack.Program.OfType(RoleBinding));

        var everySubject = stack.Program.OfType(ClusterRoleBinding).Concat(stack.Program.OfType(RoleBinding))
            .SelectMany(binding => binding.Property("subjects").Items()).Select(subject => subject.Property("name").Text());
        Assert.DoesNotContain("system:anonymous", everySubject);
        Assert.DoesNotContain("system:unauthenticated", everySubject);
    }

    [Fact]
    public void Helm_charts_are_pinned_to_a_version_and_repository()
    {
        var stack = BaselineStacks.Dev();

        var releases = stack.Program.OfType(Release).ToDictionary(release => release.Property("chart").Text()!, StringComparer.Ordinal);
        Assert.Equal(["kubelet-csr-approver", "tigera-operator"], releases.Keys.Order(StringComparer.Ordinal));
        foreach (var chart in new[] { BaselineReleases.Calico, BaselineReleases.KubeletCsrApprover })
        {
            var release = releases[chart.Chart];
            Assert.Equal(chart.Version, release.Property("version").Text());
            Assert.Matches(@"^v?\d+\.\d+\.\d+$", release.Property("version").Text());
            Assert.Equal(chart.Repository, release.Property("repositoryOpts", "repo").Text());
            Assert.StartsWith("https://", chart.Repository);
        }
    }

    [Fact]
    public void Calico_uses_vxlan_without_bgp_on_the_configured_pod_cidr()
    {
        var stack = BaselineStacks.Dev(("kaws:podCidr", "172.20.0.0/16"));

        var calico = stack.Release("tigera-operator");
        var network = calico.Property("values", "installation", "calicoNetwork");
        Assert.Equal("Disabled", network.Property("bgp").Text());
        var pool = Assert.Single(network.Property("ipPools").Items());
        Assert.Equal("172.20.0.0/16", pool.Property("cidr").Text());
        Assert.Equal("VXLAN", pool.Property("encapsulation").Text());
    }

    [Fact]
    public void The_csr_approver_checks_node_names_of_the_region_and_addresses_in_the_vpc()
    {
        var values = BaselineStacks.Dev().Release("kubelet-csr-approver").Property("values");

        var regex = values.Property("providerRegex").Text()!;
        Assert.Matches(regex, "ip-10-0-12-7.eu-west-1.compute.internal");
        Assert.DoesNotMatch(regex, "ip-10-0-12-7.eu-west-1.compute.internal.evil.example");
        Assert.DoesNotMatch(regex, "ip-10-0-12-7.us-west-2.compute.internal");
        Assert.DoesNotMatch(regex, "attacker");
        Assert.Equal(["10.0.0.0/16"], values.Property("providerIpPrefixes").Items().Select(item => item.Text()));
        Assert.Matches(NodeNames.PrivateDnsRegex("us-east-1"), "ip-10-1-2-3.ec2.internal");
    }

    [Fact]
    public void The_gvisor_runtime_class_exists_only_with_gvisor_on_and_schedules_onto_the_tainted_group()
    {
        Assert.Empty(BaselineStacks.Dev().Program.OfType(RuntimeClass));

        var stack = BaselineStacks.Dev(("kaws:gvisor", "true"), ("kaws:nodeGroups", BaselineStacks.GvisorGroups));
        var runtime = Assert.Single(stack.Program.OfType(RuntimeClass));
        Assert.Equal("gvisor", runtime.Property("metadata", "name").Text());
        Assert.Equal("runsc", runtime.Property("handler").Text());
        Assert.Equal("gvisor", runtime.Property("scheduling", "nodeSelector", "kaws.io/sandbox").Text());
        var toleration = Assert.Single(runtime.Property("scheduling", "tolerations").Items());
        Assert.Equal(("kaws.io/sandbox", "Equal", "gvisor", "NoSchedule"), (
            toleration.Property("key").Text(), toleration.Property("operator").Text(), toleration.Property("value").Text(), toleration.Property("effect").Text()));
    }

    [Fact]
    public void The_image_allowlist_policy_denies_through_its_binding_and_lists_the_configured_prefixes()
    {
        var stack = BaselineStacks.Dev(("kaws:imageAllowlist", """["registry.k8s.io","quay.io/tigera/"]"""));

        var policy = Assert.Single(stack.Program.OfType(Policy));
        Assert.Equal("Fail", policy.Property("spec", "failurePolicy").Text());
        Assert.Equal(
            "variables.images.all(image, ['quay.io/tigera/', 'registry.k8s.io/'].exists(prefix, image.startsWith(prefix)))",
            Assert.Single(policy.Property("spec", "validations").Items()).Property("expression").Text());
        Assert.Equal(
            [("podSpec", ImageAllowlistExpression.PodSpecVariable), ("images", ImageAllowlistExpression.ImagesVariable)],
            policy.Property("spec", "variables").Items().Select(variable => (variable.Property("name").Text(), variable.Property("expression").Text())));
        var resources = policy.Property("spec", "matchConstraints", "resourceRules").Items()
            .SelectMany(rule => rule.Property("resources").Items().Select(resource => resource.Text())).Order(StringComparer.Ordinal);
        Assert.Equal(["cronjobs", "daemonsets", "deployments", "jobs", "pods", "pods/ephemeralcontainers", "replicasets", "statefulsets"], resources);

        var binding = Assert.Single(stack.Program.OfType(PolicyBinding));
        Assert.Equal(InClusterBaseline.ImageAllowlistPolicyName, binding.Property("spec", "policyName").Text());
        Assert.Equal(policy.Property("metadata", "name").Text(), binding.Property("spec", "policyName").Text());
        Assert.Equal(["Deny"], binding.Property("spec", "validationActions").Items().Select(item => item.Text()));
    }

    [Fact]
    public void Switching_the_allowlist_off_removes_the_policy_and_its_binding()
    {
        var stack = BaselineStacks.Dev(("kaws:imageAllowlistEnabled", "false"));

        Assert.Empty(stack.Program.OfType(Policy));
        Assert.Empty(stack.Program.OfType(PolicyBinding));
    }

    [Fact]
    public void Every_kubernetes_resource_goes_through_the_baseline_provider_and_waits_for_the_masters()
    {
        var stack = BaselineStacks.Dev(("kaws:gvisor", "true"), ("kaws:nodeGroups", BaselineStacks.GvisorGroups));
        var provider = Assert.Single(stack.Program.OfType("pulumi:providers:kubernetes"));
        var masters = stack.Named("masters-group");

        var resources = stack.KubernetesResources();
        // 2 bindings, 2 namespaces with 2 policies each, 2 charts, the admission policy and binding, the RuntimeClass.
        Assert.Equal(13, resources.Count);
        Assert.All(resources, resource =>
        {
            Assert.Same(provider.Source, resource.Options.Provider);
            Assert.Contains(masters.Source, resource.Options.DependsOn);
        });
        Assert.Contains(masters.Source, provider.Options.DependsOn);
    }

    [Fact]
    public void The_kubeconfig_is_secret_and_carries_the_break_glass_key_only_as_a_reference()
    {
        var stack = BaselineStacks.Dev();
        var provider = Assert.Single(stack.Program.OfType("pulumi:providers:kubernetes"));

        var kubeconfig = Assert.IsType<FunctionCall>(provider.Property("kubeconfig"));
        Assert.Equal("secret", kubeconfig.Name);
        Assert.Contains("kubeconfig", provider.Options.AdditionalSecretOutputs);

        var program = KawsRun.Compile("dev");
        Assert.Contains("client-key-data:\n                    fn::toBase64: \"${pki-break-glass-admin-key.privateKeyPem}\"", program);
        Assert.Contains("server:\n                    fn::join:\n                      - \"\"\n                      -\n                        - \"https://\"\n                        - \"${api-nlb.dnsName}\"\n                        - \":443\"", program);
        Assert.DoesNotContain("PRIVATE KEY", program);
    }

    [Fact]
    public void Adding_a_namespace_adds_only_that_namespaces_resources()
    {
        var before = BaselineStacks.Dev(("kaws:extraNamespaces", """["payments"]""")).ResourceBlocks();
        var after = BaselineStacks.Dev(("kaws:extraNamespaces", """["payments","search"]""")).ResourceBlocks();

        Assert.Equal(["kubernetes-ns-search-allow-dns", "kubernetes-ns-search-default-deny", "kubernetes-ns-search-namespace"], after.Keys.Except(before.Keys));
        Assert.Empty(before.Keys.Except(after.Keys));
        Assert.Empty(before.Where(block => after[block.Key] != block.Value).Select(block => block.Key));
    }

    [Theory]
    [InlineData("auto", "true", true)]
    [InlineData("auto", "false", false)]
    [InlineData("on", "false", true)]
    [InlineData("off", "true", false)]
    public void The_baseline_is_applied_by_mode_and_api_reachability(string mode, string apiPublic, bool applied)
    {
        var stack = BaselineStacks.Dev(("kaws:inClusterBaseline", mode), ("kaws:apiPublic", apiPublic));

        // The cluster API provider is always declared (the engine's plugin discovery sees every package);
        // in-cluster objects exist only when the baseline is applied.
        Assert.Single(stack.Program.OfType("pulumi:providers:kubernetes"));
        Assert.Equal(applied, stack.Program.Resources.Any(resource => resource.Package == "kubernetes" && !resource.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)));
        Assert.Equal(applied, stack.Program.Resources.Any(resource => resource.Components.Any(component => component.Type == "kaws:kubernetes:InClusterBaseline")));
    }

    [Fact]
    public void Plan_shows_the_kubernetes_component_with_its_children()
    {
        var result = KawsRun.Invoke(["plan", "dev"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\n  cluster-api \[kaws:kubernetes:ClusterApi\] +1 / 1 *\n" +
            @"  kubernetes \[kaws:kubernetes:InClusterBaseline\] +4 / 12 *\n" +
            @"    ns-kaws-system \[kaws:kubernetes:ManagedNamespace\] +3 / 3 *\n" +
            @"    ns-workloads \[kaws:kubernetes:ManagedNamespace\] +3 / 3 *\n" +
            @"    image-allowlist \[kaws:kubernetes:ImageAllowlistPolicy\] +2 / 2 *\n", result.Out);
        Assert.Contains("pass  mandatory  namespace-default-deny", result.Out);
        Assert.Contains("pass  mandatory  no-anonymous-bindings", result.Out);
    }

    [Theory]
    [InlineData("prod", "the API is internal (kaws:inClusterBaseline auto)")]
    [InlineData("dev", null)]
    public void Plan_warns_when_the_stack_does_not_apply_the_baseline(string stack, string? reason)
    {
        var result = KawsRun.Invoke(["plan", stack]);

        Assert.Equal(0, result.ExitCode);
        if (reason is null)
        {
            Assert.DoesNotContain("does not apply the in-cluster baseline", result.Out, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"Warning: {reason}: this stack does not apply the in-cluster baseline", result.Out, StringComparison.Ordinal);
        }
    }
}
