using Kaws.Policies;
using static Kaws.Policies.PolicyValue;

namespace Kaws.Tests.Policies;

/// <summary>
/// What rules do with values known only at deploy time: where a violation cannot be proven they stay
/// quiet, except in security settings kaws always writes as literals, where unknown is itself a violation.
/// </summary>
public sealed class UnknownValueSpecs
{
    private static PolicyReport Evaluate(System.Collections.Immutable.ImmutableArray<PolicyResource> resources) =>
        PolicyEngine.Evaluate(resources, PolicySettings.Default);

    [Fact]
    public void An_unknown_ingress_source_is_not_reported_as_open_to_the_world()
    {
        var resources = CleanStack.Build().Set("api-lb-https-public", "cidrIpv4", Unknown("config"));

        Assert.Empty(Evaluate(resources).ViolatedRules);
    }

    [Fact]
    public void A_flow_log_whose_vpc_is_unknown_with_no_known_source_cannot_be_proven_missing()
    {
        var resources = CleanStack.Build().Set("network-flow-log", "vpcId", Unknown());

        Assert.Empty(Evaluate(resources).ViolatedRules);
    }

    [Fact]
    public void A_flow_log_matches_its_vpc_by_id_when_the_engine_reports_known_ids()
    {
        var resources = CleanStack.Build()
            .Set("network-vpc", "id", Of("vpc-0abc"))
            .Set("network-flow-log", "vpcId", Of("vpc-0abc"));
        var elsewhere = resources.Set("network-flow-log", "vpcId", Of("vpc-0def"));

        Assert.Empty(Evaluate(resources).ViolatedRules);
        Assert.Equal(["vpc-flow-logs"], Evaluate(elsewhere).ViolatedRules);
    }

    [Fact]
    public void User_data_known_only_at_deploy_time_is_not_judged_by_the_document_rules()
    {
        var resources = CleanStack.Build().Set(CleanStack.MasterTemplate, "userData", Unknown("cluster-endpoint"));

        Assert.Empty(Evaluate(resources).ViolatedRules);
    }

    [Fact]
    public void A_security_flag_known_only_at_deploy_time_is_a_violation()
    {
        var texts = BootTexts.Clean with
        {
            Kubeadm = BootTexts.Clean.Kubeadm.Replace("value: \"false\"\n    - name: authorization-mode", "value: KAWS-UNKNOWN-AT-PLAN-TIME\n    - name: authorization-mode", StringComparison.Ordinal),
        };

        var report = Evaluate(CleanStack.Build(texts));

        Assert.Equal(["apiserver-anonymous-auth-disabled"], report.ViolatedRules);
        Assert.Contains("known only at deploy time", report["apiserver-anonymous-auth-disabled"].Violations[0].Message);
    }

    [Fact]
    public void A_parameter_whose_name_is_unknown_is_judged_by_its_tag_and_value()
    {
        var unnamed = CleanStack.Resource("aws:ssm/parameter:Parameter", "mystery",
            ("name", Unknown("config")), ("type", Of("String")), ("value", Of("x")));
        var tagged = unnamed with { Name = "tagged", Properties = ((PolicyMap)unnamed.Properties).With("tags", Map(("kaws:secret", Of("true")))) };
        var secretValue = unnamed with { Name = "secret-value", Properties = ((PolicyMap)unnamed.Properties).With("value", Secret(Of("x"))) };

        var report = Evaluate([unnamed, tagged, secretValue]);

        Assert.Equal(["secret-value", "secret-value", "tagged", "tagged"], report["ssm-secrets-encrypted"].Violations.Select(v => v.ResourceName));
    }

    [Fact]
    public void Messages_never_show_a_secret_value()
    {
        var resources = CleanStack.Build().Set(CleanStack.MasterTemplate, "metadataOptions.httpTokens", Secret(Of("optional-hunter2")));

        var violation = Assert.Single(Evaluate(resources)["imdsv2-required"].Violations);

        Assert.DoesNotContain("hunter2", violation.Message);
        Assert.Contains("a secret", violation.Message);
    }

    [Fact]
    public void Members_of_unknowns_are_unknown_and_members_of_secrets_are_secret()
    {
        var unknown = Unknown("vpc");
        var secret = Secret(Map(("key", Of("value"))));

        Assert.Same(unknown, unknown.At("a", "b"));
        Assert.True(secret["key"].IsSecret);
        Assert.Equal("value", secret["key"].Text);
        Assert.True(Null["anything"].IsNull);
    }
}
