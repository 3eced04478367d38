using Kaws.Infra.Cli;
using Kaws.Tests.Support;

namespace Kaws.Tests.Aws;

public sealed class AwsPlanSpecs
{
    private static string Plan(string stack, params (string Key, string Value)[] changes)
    {
        var raw = AwsStacks.Raw(stack, changes);
        return PlanRenderer.Text(PlanReport.From(StackCompiler.Compile(raw), raw.Values));
    }

    [Fact]
    public void Plan_dev_shows_the_aws_components_in_its_tree_and_passes()
    {
        var result = KawsRun.Invoke(["plan", "dev"]);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        foreach (var line in new[]
        {
            "network [kaws:network:Network]",
            "routes [kaws:network:Routes]",
            "security-groups [kaws:security:ClusterSecurityGroups]",
            "api [kaws:loadbalancer:ApiLoadBalancer]",
            "masters [kaws:compute:MasterGroup]",
            "nodes-general [kaws:compute:NodeGroup]",
        })
        {
            Assert.Contains(line, result.Out);
        }

        Assert.DoesNotContain("[kaws:compute:Bastion]", result.Out);
        Assert.Contains("Validation: ok", result.Out);
    }

    [Fact]
    public void Plan_shows_the_bastion_and_every_node_group_when_configured()
    {
        var text = Plan("prod", ("kaws:bastion", "ssh"), ("kaws:adminCidrs", "[\"198.51.100.0/24\"]"));

        Assert.Contains("bastion [kaws:compute:Bastion]", text);
        Assert.Contains("Warning: kaws:bastion is ssh: a public instance accepts SSH from kaws:adminCidrs (198.51.100.0/24)", text);
        Assert.Contains("nodes-general [kaws:compute:NodeGroup]", text);
        Assert.Contains("nodes-batch [kaws:compute:NodeGroup]", text);
        Assert.Contains("Policies passed: no mandatory violation.", text);
    }

    [Fact]
    public void Ssh_from_anywhere_needs_the_override_and_is_then_flagged_but_advisory()
    {
        var text = Plan("dev", ("kaws:bastion", "ssh"), ("kaws:adminCidrs", "[\"0.0.0.0/0\"]"), ("kaws:allowSshFromAnywhere", "true"));

        Assert.Contains("Warning: kaws:allowSshFromAnywhere is true", text);
        Assert.Matches(@"advisory\s+no-world-ssh", text);
        Assert.Contains("opens SSH (TCP 22) to 0.0.0.0/0", text);
        Assert.Contains("Policies passed: no mandatory violation.", text);
    }

    [Fact]
    public void The_ssh_override_downgrades_only_no_world_ssh_and_an_explicit_override_still_wins()
    {
        var allowed = Kaws.Policies.PolicySettings.FromStackConfig(new Dictionary<string, string> { ["kaws:allowSshFromAnywhere"] = "true" });
        var pinned = Kaws.Policies.PolicySettings.FromStackConfig(new Dictionary<string, string>
        {
            ["kaws:allowSshFromAnywhere"] = "true",
            ["kaws:policyOverrides"] = """{"no-world-ssh":"mandatory"}""",
        });

        Assert.Equal(Kaws.Policies.EnforcementLevel.Advisory, allowed.LevelOf(new Kaws.Policies.NoWorldSsh()));
        Assert.Equal(Kaws.Policies.EnforcementLevel.Mandatory, allowed.LevelOf(new Kaws.Policies.NoWorldIngress()));
        Assert.Equal(Kaws.Policies.EnforcementLevel.Mandatory, pinned.LevelOf(new Kaws.Policies.NoWorldSsh()));
        Assert.Equal(Kaws.Policies.EnforcementLevel.Mandatory, Kaws.Policies.PolicySettings.FromStackConfig(new Dictionary<string, string>()).LevelOf(new Kaws.Policies.NoWorldSsh()));
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":3,"max":2}]""", "kaws:nodeGroups[0].min: min 3 is greater than max 2" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":1,"desired":0,"max":2}]""", "kaws:nodeGroups[0].desired: desired 0 is outside min..max (1..2)" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":1,"max":2},{"name":"a","instanceType":"t3.large","min":1,"max":2}]""", "kaws:nodeGroups: node group name 'a' is used twice" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"","min":1,"max":2}]""", "kaws:nodeGroups[0].instanceType: expected a non-empty string" },
        { "kaws:adminCidrs", """["office"]""", "kaws:adminCidrs: expected CIDR blocks like 203.0.113.0/24, got 'office'" },
        { "kaws:adminCidrs", """["0.0.0.0/0"]""", "kaws:adminCidrs: 0.0.0.0/0 opens this to the whole internet; set kaws:allowSshFromAnywhere to true if you really mean it" },
        { "kaws:apiAllowedCidrs", """["2001:db8::/32"]""", "kaws:apiAllowedCidrs: expected IPv4 CIDR blocks (the load balancer and bastion are IPv4-only), got '2001:db8::/32'" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":1,"max":2,"labels":{"node-role.kubernetes.io/worker":""}}]""", "kaws:nodeGroups[0].labels: label 'node-role.kubernetes.io/worker' is under node-role.kubernetes.io, which NodeRestriction does not let a kubelet set; use your own prefix such as kaws.io/" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":1,"max":2,"taints":[{"key":"bad key","effect":"NoSchedule"}]}]""", "kaws:nodeGroups[0].taints[0]: 'bad key' is not a Kubernetes label key (an optional DNS-subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.')" },
        { "kaws:apiAllowedCidrs", """["203.0.113.0/24","203.0.113.0/24"]""", "kaws:apiAllowedCidrs: '203.0.113.0/24' is listed twice" },
        { "kaws:masterVolumeGb", "8", "kaws:masterVolumeGb: expected an integer from 20 to 2000, got '8'" },
        { "kaws:nodeVolumeGb", "big", "kaws:nodeVolumeGb: expected an integer from 20 to 2000, got 'big'" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_aws_input_is_one_line_exit_2_and_no_program(string key, string value, string expected)
    {
        var config = new Dictionary<string, string> { [key] = value };
        var environment = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "dev",
            ["PULUMI_CONFIG"] = System.Text.Json.JsonSerializer.Serialize(config),
        };

        var result = KawsRun.Invoke(["compile"], environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"kaws: error: PULUMI_CONFIG: {expected}\n", result.Error);
    }
}
