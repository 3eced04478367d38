using Kaws.Policies;

namespace Kaws.Tests.Policies;

public sealed class RuleSpecs
{
    public static TheoryData<string> WeakeningNames => [.. Weakenings.All.Keys];

    [Fact]
    public void The_clean_stack_passes_every_rule()
    {
        var report = PolicyEngine.Evaluate(CleanStack.Build(), PolicySettings.Default);

        Assert.True(report.Passed, report.ToText());
        Assert.Empty(report.ViolatedRules);
    }

    [Theory]
    [MemberData(nameof(WeakeningNames))]
    public void Weakening_one_setting_fires_exactly_its_rule(string weakening)
    {
        var (rule, build) = Weakenings.All[weakening];

        var report = PolicyEngine.Evaluate(build(), PolicySettings.Default);

        Assert.Equal([rule], report.ViolatedRules);
        Assert.False(report.Passed);
        Assert.All(report[rule].Violations, violation => Assert.False(string.IsNullOrWhiteSpace(violation.Message)));
    }

    [Fact]
    public void Every_rule_is_caught_weakened_by_some_fixture()
    {
        var covered = Weakenings.All.Values.Select(weakening => weakening.Rule).ToHashSet();

        var uncovered = KawsPolicyPack.Rules.Select(rule => rule.Name).Except(covered).ToList();
        Assert.True(uncovered.Count == 0, $"no weakening catches: {string.Join(", ", uncovered)}");
        Assert.All(covered, name => Assert.NotNull(KawsPolicyPack.Find(name)));
    }

    [Fact]
    public void Rule_names_are_unique_kebab_case_and_every_rule_says_what_it_requires()
    {
        var names = KawsPolicyPack.Rules.Select(rule => rule.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, name => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", name));
        Assert.All(KawsPolicyPack.Rules, rule => Assert.EndsWith(".", rule.Description));
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void A_violation_names_the_resource_and_the_offending_value()
    {
        var resources = CleanStack.Build().Set(CleanStack.MasterTemplate, "metadataOptions.httpTokens", PolicyValue.Of("optional"));

        var violation = Assert.Single(PolicyEngine.Evaluate(resources, PolicySettings.Default)["imdsv2-required"].Violations);

        Assert.Equal(CleanStack.MasterTemplate, violation.ResourceName);
        Assert.Contains("httpTokens is \"optional\"", violation.Message);
    }

    [Fact]
    public void Ssh_open_to_an_office_range_is_not_a_world_violation()
    {
        var report = PolicyEngine.Evaluate(CleanStack.Build(), PolicySettings.Default);

        Assert.True(report["no-world-ssh"].Passed);
        Assert.Equal("203.0.113.0/24", CleanStack.Build().Single(r => r.Name == "bastion-ssh-from-office").Properties["cidrBlocks"].Items[0].Text);
    }

    [Fact]
    public void A_security_group_tagged_as_the_api_listener_may_open_only_https_to_the_world()
    {
        var tagged = CleanStack.Resource("aws:ec2/securityGroup:SecurityGroup", "api-lb-inline",
            ("tags", PolicyValue.Map(("kaws:allowPublicIngress", PolicyValue.Of("api-listener")))),
            ("ingress", PolicyValue.List(
                PolicyValue.Map(("protocol", PolicyValue.Of("tcp")), ("fromPort", PolicyValue.Of(443)), ("toPort", PolicyValue.Of(443)), ("cidrBlocks", PolicyValue.List(PolicyValue.Of("0.0.0.0/0")))),
                PolicyValue.Map(("protocol", PolicyValue.Of("tcp")), ("fromPort", PolicyValue.Of(80)), ("toPort", PolicyValue.Of(80)), ("cidrBlocks", PolicyValue.List(PolicyValue.Of("0.0.0.0/0")))))));

        var violation = Assert.Single(PolicyEngine.Evaluate([tagged], PolicySettings.Default)["no-world-ingress"].Violations);

        Assert.StartsWith("ingress[1]: ", violation.Message);
        Assert.Contains("allows TCP 443 only", violation.Message);
    }

    [Fact]
    public void A_launch_template_whose_user_data_is_gzip_compressed_is_still_read()
    {
        var texts = BootTexts.Clean with { NodeKubelet = BootTexts.Clean.NodeKubelet.Replace("readOnlyPort: 0", "readOnlyPort: 10255", StringComparison.Ordinal) };
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(texts.NodeCloudConfig()));
        }

        var resources = CleanStack.Build().Set(CleanStack.NodeTemplate, "userData", PolicyValue.Of(Convert.ToBase64String(packed.ToArray())));

        Assert.Equal(["kubelet-read-only-port-disabled"], PolicyEngine.Evaluate(resources, PolicySettings.Default).ViolatedRules);
    }

    [Fact]
    public void A_structured_authentication_config_may_let_anonymous_requests_reach_the_health_endpoints_only()
    {
        var report = PolicyEngine.Evaluate(CleanStack.Build(BootTexts.StructuredAuthentication()), PolicySettings.Default);

        Assert.Empty(report.ViolatedRules);
    }

    [Fact]
    public void Kubeadm_v1beta3_extra_args_as_a_map_are_read_too()
    {
        var kubeadm = """
            apiVersion: kubeadm.k8s.io/v1beta3
            kind: ClusterConfiguration
            apiServer:
              extraArgs:
                anonymous-auth: "true"
                authorization-mode: Node,RBAC
                enable-admission-plugins: NodeRestriction,PodSecurity
                profiling: "false"
                audit-log-path: /var/log/audit.log
                audit-policy-file: /etc/audit.yaml
                encryption-provider-config: /etc/enc.yaml
            """;
        var resources = CleanStack.Build(BootTexts.Clean with { Kubeadm = kubeadm });

        Assert.Equal(["apiserver-anonymous-auth-disabled"], PolicyEngine.Evaluate(resources, PolicySettings.Default).ViolatedRules);
    }
}
