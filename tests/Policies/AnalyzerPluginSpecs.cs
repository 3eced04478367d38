using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Kaws.Policies;
using Pulumirpc;
using static Kaws.Policies.PolicyValue;
using EnforcementLevel = Pulumirpc.EnforcementLevel;

namespace Kaws.Tests.Policies;

/// <summary>The analyzer plugin driven over gRPC as the engine drives it, with properties encoded as the engine encodes them.</summary>
public sealed class AnalyzerPluginSpecs(AnalyzerPluginFixture fixture) : IClassFixture<AnalyzerPluginFixture>
{
    private const string Urn = "urn:pulumi:dev::kaws::aws:ec2/launchTemplate:LaunchTemplate::cluster-masters-template";

    private Pulumirpc.Analyzer.AnalyzerClient Client => fixture.Plugin.Client;

    private static PolicyResource MasterTemplate(System.Collections.Immutable.ImmutableArray<PolicyResource>? resources = null) =>
        (resources ?? CleanStack.Build()).Single(resource => resource.Name == CleanStack.MasterTemplate);

    private AnalyzeResponse Analyze(PolicyResource resource, string urn = Urn) => Client.Analyze(new AnalyzeRequest
    {
        Type = resource.Type,
        Name = resource.Name,
        Urn = urn,
        Properties = EngineEncoding.Properties(resource.Properties),
    });

    [Fact]
    public void The_plugin_accepts_the_handshake_and_reports_the_pack_version()
    {
        Client.Handshake(new AnalyzerHandshakeRequest { EngineAddress = "127.0.0.1:1", RootDirectory = AnalyzerPlugin.PackDirectory });

        Assert.Equal(KawsPolicyPack.Version, Client.GetPluginInfo(new Empty()).Version);
    }

    [Fact]
    public void Analyzer_info_lists_every_rule_and_the_stack_overrides_as_initial_config()
    {
        var info = Client.GetAnalyzerInfo(new Empty());

        Assert.Equal("kaws", info.Name);
        Assert.Equal(KawsPolicyPack.Version, info.Version);
        Assert.True(info.SupportsConfig);
        Assert.Equal(KawsPolicyPack.Rules.Select(rule => rule.Name), info.Policies.Select(policy => policy.Name));
        Assert.All(info.Policies, policy => Assert.Equal(KawsPolicyPack.Find(policy.Name)!.Description, policy.Description));
        Assert.Equal(EnforcementLevel.Mandatory, info.Policies.Single(policy => policy.Name == "kms-key-rotation").EnforcementLevel);
        Assert.Equal(EnforcementLevel.Advisory, info.InitialConfig["kms-key-rotation"].EnforcementLevel);
        Assert.Equal(EnforcementLevel.Mandatory, info.InitialConfig["imdsv2-required"].EnforcementLevel);
        Assert.Equal(PolicyType.Stack, info.Policies.Single(policy => policy.Name == "vpc-flow-logs").PolicyType);
        Assert.Equal(PolicyType.Resource, info.Policies.Single(policy => policy.Name == "no-world-ssh").PolicyType);
    }

    [Fact]
    public void A_clean_launch_template_with_unknown_and_secret_inputs_gets_no_diagnostics()
    {
        var template = MasterTemplate();
        var withSecret = template with { Properties = ((PolicyMap)template.Properties).With("keyName", Secret(Of("ops"))).With("imageId", Unknown()) };

        Assert.Empty(Analyze(withSecret).Diagnostics);
    }

    [Fact]
    public void A_weakened_resource_gets_a_mandatory_diagnostic_that_names_policy_pack_and_urn()
    {
        var weakened = MasterTemplate(CleanStack.Build().Set(CleanStack.MasterTemplate, "metadataOptions.httpTokens", Of("optional")));

        var diagnostic = Assert.Single(Analyze(weakened).Diagnostics);

        Assert.Equal("imdsv2-required", diagnostic.PolicyName);
        Assert.Equal("kaws", diagnostic.PolicyPackName);
        Assert.Equal(KawsPolicyPack.Version, diagnostic.PolicyPackVersion);
        Assert.Equal(KawsPolicyPack.Find("imdsv2-required")!.Description, diagnostic.Description);
        Assert.Equal(EnforcementLevel.Mandatory, diagnostic.EnforcementLevel);
        Assert.Equal(Urn, diagnostic.Urn);
        Assert.Equal($"{CleanStack.MasterTemplate}: metadataOptions.httpTokens is \"optional\", expected \"required\" (IMDSv2 only)", diagnostic.Message);
    }

    [Fact]
    public void An_engine_unknown_in_a_security_setting_is_a_violation()
    {
        var weakened = MasterTemplate(CleanStack.Build().Set(CleanStack.MasterTemplate, "metadataOptions.httpPutResponseHopLimit", Unknown()));

        var diagnostic = Assert.Single(Analyze(weakened).Diagnostics);

        Assert.Equal("imdsv2-required", diagnostic.PolicyName);
        Assert.Contains("known only at deploy time", diagnostic.Message);
    }

    [Fact]
    public void Secret_user_data_is_reported_without_showing_its_content()
    {
        var weakened = MasterTemplate(CleanStack.Build().Set(CleanStack.MasterTemplate, "userData",
            Secret(Of(BootTexts.Base64("#cloud-config\n# password hunter2\n")))));

        var diagnostic = Assert.Single(Analyze(weakened).Diagnostics);

        Assert.Equal("no-secrets-in-user-data", diagnostic.PolicyName);
        Assert.DoesNotContain("hunter2", diagnostic.Message);
        Assert.DoesNotContain("hunter2", fixture.Plugin.ErrorOutput);
    }

    [Fact]
    public void A_stack_override_from_pulumi_config_sets_the_level_of_diagnostics()
    {
        var key = CleanStack.Resource("aws:kms/key:Key", "cluster-kms-key", ("enableKeyRotation", Of(false)));

        var diagnostic = Assert.Single(Analyze(key, "urn:pulumi:dev::kaws::aws:kms/key:Key::cluster-kms-key").Diagnostics);

        Assert.Equal("kms-key-rotation", diagnostic.PolicyName);
        Assert.Equal(EnforcementLevel.Advisory, diagnostic.EnforcementLevel);
    }

    [Fact]
    public void Analyze_stack_matches_flow_logs_to_vpcs_through_property_dependencies()
    {
        const string vpcUrn = "urn:pulumi:dev::kaws::aws:ec2/vpc:Vpc::network-vpc";
        AnalyzeStackRequest Stack(string flowLogDependsOn)
        {
            var request = new AnalyzeStackRequest();
            request.Resources.Add(new AnalyzerResource
            {
                Type = "aws:ec2/vpc:Vpc", Name = "network-vpc", Urn = vpcUrn,
                Properties = EngineEncoding.Properties(Map(("id", Unknown()), ("cidrBlock", Of("10.0.0.0/16")))),
            });
            var flowLog = new AnalyzerResource
            {
                Type = "aws:ec2/flowLog:FlowLog", Name = "network-flow-log", Urn = "urn:pulumi:dev::kaws::aws:ec2/flowLog:FlowLog::network-flow-log",
                Properties = EngineEncoding.Properties(Map(("vpcId", Unknown()), ("trafficType", Of("ALL")))),
            };
            flowLog.PropertyDependencies["vpcId"] = new AnalyzerPropertyDependencies { Urns = { flowLogDependsOn } };
            request.Resources.Add(flowLog);
            return request;
        }

        Assert.Empty(Client.AnalyzeStack(Stack(vpcUrn)).Diagnostics);
        var diagnostic = Assert.Single(Client.AnalyzeStack(Stack("urn:pulumi:dev::kaws::aws:ec2/vpc:Vpc::legacy-vpc")).Diagnostics);
        Assert.Equal("vpc-flow-logs", diagnostic.PolicyName);
        Assert.Equal(vpcUrn, diagnostic.Urn);
    }

    [Fact]
    public void Configure_sets_levels_over_the_stack_overrides_until_configured_again()
    {
        var weakened = MasterTemplate(CleanStack.Build().Set(CleanStack.MasterTemplate, "metadataOptions.httpTokens", Of("optional")));
        try
        {
            Client.Configure(Configuration(("imdsv2-required", EnforcementLevel.Disabled)));
            Assert.Empty(Analyze(weakened).Diagnostics);

            Client.Configure(Configuration(("imdsv2-required", EnforcementLevel.Advisory)));
            Assert.Equal(EnforcementLevel.Advisory, Assert.Single(Analyze(weakened).Diagnostics).EnforcementLevel);
        }
        finally
        {
            Client.Configure(Configuration());
        }

        Assert.Equal(EnforcementLevel.Mandatory, Assert.Single(Analyze(weakened).Diagnostics).EnforcementLevel);
    }

    [Fact]
    public void Configure_rejects_a_policy_the_pack_does_not_have_and_remediation()
    {
        var unknown = Assert.Throws<RpcException>(() => Client.Configure(Configuration(("imds-required", EnforcementLevel.Advisory))));
        var remediate = Assert.Throws<RpcException>(() => Client.Configure(Configuration(("imdsv2-required", EnforcementLevel.Remediate))));

        Assert.Equal(StatusCode.InvalidArgument, unknown.StatusCode);
        Assert.Equal("policy pack config: 'imds-required' is not a kaws policy (did you mean 'imdsv2-required'?); see docs/policies.md for the list", unknown.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, remediate.StatusCode);
        Assert.Contains("do not remediate", remediate.Status.Detail);
    }

    [Fact]
    public void Configure_stack_replaces_the_stack_overrides_and_rejects_bad_ones()
    {
        try
        {
            Client.ConfigureStack(StackConfig("""{"kms-key-rotation":"disabled","no-world-ssh":"advisory"}"""));
            var info = Client.GetAnalyzerInfo(new Empty());
            Assert.Equal(EnforcementLevel.Disabled, info.InitialConfig["kms-key-rotation"].EnforcementLevel);
            Assert.Equal(EnforcementLevel.Advisory, info.InitialConfig["no-world-ssh"].EnforcementLevel);

            var error = Assert.Throws<RpcException>(() => Client.ConfigureStack(StackConfig("""{"kms-key-rotation":"sometimes"}""")));
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Equal("kaws:policyOverrides.kms-key-rotation: expected advisory, mandatory or disabled, got 'sometimes'", error.Status.Detail);
        }
        finally
        {
            Client.ConfigureStack(StackConfig("""{"kms-key-rotation":"advisory"}"""));
        }
    }

    private static ConfigureAnalyzerRequest Configuration(params (string Policy, EnforcementLevel Level)[] levels)
    {
        var request = new ConfigureAnalyzerRequest();
        foreach (var (policy, level) in levels)
        {
            request.PolicyConfig[policy] = new PolicyConfig { EnforcementLevel = level };
        }

        return request;
    }

    private static AnalyzerStackConfigureRequest StackConfig(string overrides) => new()
    {
        Stack = "dev",
        Project = "kaws",
        DryRun = true,
        Config = { ["aws:region"] = "eu-west-1", ["kaws:policyOverrides"] = overrides },
    };
}
