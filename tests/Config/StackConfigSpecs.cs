using System.Collections.Immutable;
using Kaws.Infra.Config;

namespace Kaws.Tests.Config;

public sealed class StackConfigSpecs
{
    private static StackConfig Bind(params (string Key, string Value)[] values) =>
        StackConfigBinder.Bind(new RawStackConfig("dev", "Pulumi.dev.yaml", values.ToImmutableSortedDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)));

    public static TheoryData<string, string, string> BadConfigs => new()
    {
        { "kaws:azCuont", "3", "Pulumi.dev.yaml: kaws:azCuont: unknown key (did you mean 'kaws:azCount'?)" },
        { "kaws:azCount", "three", "Pulumi.dev.yaml: kaws:azCount: expected an integer from 1 to 6, got 'three'" },
        { "kaws:azCount", "0", "Pulumi.dev.yaml: kaws:azCount: expected an integer from 1 to 6, got '0'" },
        { "kaws:masterCount", "2", "Pulumi.dev.yaml: kaws:masterCount: expected an odd number so etcd keeps quorum, got 2" },
        { "kaws:masterCount", "7", "Pulumi.dev.yaml: kaws:masterCount: expected an integer from 1 to 5, got '7'" },
        { "kaws:vpcCidr", "10.0.0.1/16", "Pulumi.dev.yaml: kaws:vpcCidr: expected an IPv4 CIDR block like 10.0.0.0/16 (host bits zero), got '10.0.0.1/16'" },
        { "kaws:vpcCidr", "10.0.0.0/8", "Pulumi.dev.yaml: kaws:vpcCidr: expected a prefix from /16 to /24, got '10.0.0.0/8'" },
        { "kaws:serviceCidr", "10.0.0.0/16", "Pulumi.dev.yaml: kaws:serviceCidr: 10.0.0.0/16 overlaps vpcCidr 10.0.0.0/16" },
        { "kaws:podCidr", "10.96.0.0/16", "Pulumi.dev.yaml: kaws:podCidr: 10.96.0.0/16 overlaps serviceCidr 10.96.0.0/12" },
        { "kaws:apiPublic", "yes", "Pulumi.dev.yaml: kaws:apiPublic: expected true or false, got 'yes'" },
        { "kaws:adminCidrs", "[\"10.1.2.3\"]", "Pulumi.dev.yaml: kaws:adminCidrs: expected CIDR blocks like 203.0.113.0/24, got '10.1.2.3'" },
        { "kaws:adminCidrs", "10.0.0.0/8", "Pulumi.dev.yaml: kaws:adminCidrs: expected a list of strings, got '10.0.0.0/8'" },
        { "kaws:adminCidrs", "[\"0.0.0.0/0\"]", "Pulumi.dev.yaml: kaws:adminCidrs: 0.0.0.0/0 opens this to the whole internet; set kaws:allowSshFromAnywhere to true if you really mean it" },
        { "kaws:apiAllowedCidrs", "[\"::/0\"]", "Pulumi.dev.yaml: kaws:apiAllowedCidrs: ::/0 opens this to the whole internet; set kaws:allowApiFromAnywhere to true if you really mean it" },
        { "kaws:bastion", "ssh", "Pulumi.dev.yaml: kaws:adminCidrs: expected at least one CIDR when bastion is ssh (nobody could reach it)" },
        { "kaws:bastion", "telnet", "Pulumi.dev.yaml: kaws:bastion: expected one of none, ssh, got 'telnet'" },
        { "kaws:apiPublic", "true", "Pulumi.dev.yaml: kaws:apiAllowedCidrs: expected at least one CIDR when apiPublic is true" },
        { "aws:region", "mars-east-1", "Pulumi.dev.yaml: aws:region: expected a region kaws knows (af-south-1, ap-east-1, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-south-1, eu-west-1, eu-west-2, eu-west-3, me-south-1, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2), got 'mars-east-1'" },
        { "kaws:clusterName", "Prod_Cluster", "Pulumi.dev.yaml: kaws:clusterName: expected a DNS label of 3-32 lower-case letters, digits and '-', got 'Prod_Cluster'" },
        { "kaws:kubernetesVersion", "1.29", "Pulumi.dev.yaml: kaws:kubernetesVersion: '1.29' is not supported; expected one of 1.35, 1.36, 1.37" },
        { "kaws:admissionPlugins", "[\"AlwaysPullImagez\"]", "Pulumi.dev.yaml: kaws:admissionPlugins: 'AlwaysPullImagez' is not a known admission plugin (did you mean 'AlwaysPullImages'?)" },
        { "kaws:encryptionProvider", "identity", "Pulumi.dev.yaml: kaws:encryptionProvider: expected one of aescbc, secretbox, kms, got 'identity'" },
        { "kaws:imageAllowlist", "[]", "Pulumi.dev.yaml: kaws:imageAllowlist: expected at least one registry when imageAllowlistEnabled is true" },
        { "kaws:adminCertValidityHours", "48", "Pulumi.dev.yaml: kaws:adminCertValidityHours: 48 exceeds adminCertMaxHours 24" },
        { "kaws:nodeGroups", "{}", "Pulumi.dev.yaml: kaws:nodeGroups: expected a list of node groups, got '{}'" },
        { "kaws:nodeGroups", "[]", "Pulumi.dev.yaml: kaws:nodeGroups: expected at least one node group" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":3,"max":2}]""", "Pulumi.dev.yaml: kaws:nodeGroups[0].min: min 3 is greater than max 2" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":1,"desired":5,"max":3}]""", "Pulumi.dev.yaml: kaws:nodeGroups[0].desired: desired 5 is outside min..max (1..3)" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":1,"max":3},{"name":"a","instanceType":"m7i.large","min":1,"max":3}]""", "Pulumi.dev.yaml: kaws:nodeGroups: node group name 'a' is used twice" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"","min":1,"max":3}]""", "Pulumi.dev.yaml: kaws:nodeGroups[0].instanceType: expected a non-empty string" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":1,"max":3,"taints":[{"key":"k","effect":"Sometimes"}]}]""", "Pulumi.dev.yaml: kaws:nodeGroups[0].taints[0].effect: expected NoSchedule, PreferNoSchedule or NoExecute, got 'Sometimes'" },
        { "kaws:nodeGroups", """[{"name":"a","instanceTyp":"m7i.large","min":1,"max":3}]""", "Pulumi.dev.yaml: kaws:nodeGroups[0].instanceTyp: unknown field (did you mean 'instanceType'?)" },
        { "kaws:nodeGroups", """[{"name":"a","instanceType":"m7i.large","min":-1,"max":3}]""", "Pulumi.dev.yaml: kaws:nodeGroups[0].min: expected an integer from 0 to 1000, got -1" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void Bad_config_is_one_line_naming_the_file_and_the_key(string key, string value, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => Bind((key, value)));

        Assert.Equal(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void More_zones_than_the_region_has_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => Bind(("aws:region", "us-west-1"), ("kaws:azCount", "3")));

        Assert.Equal("Pulumi.dev.yaml: kaws:azCount: us-west-1 has 2 availability zones, got 3", error.Message);
    }

    [Fact]
    public void The_world_is_allowed_only_with_the_explicit_override_key()
    {
        var config = Bind(("kaws:adminCidrs", "[\"0.0.0.0/0\"]"), ("kaws:allowSshFromAnywhere", "true"));

        Assert.True(config.AllowSshFromAnywhere);
        Assert.Equal(["0.0.0.0/0"], config.AdminCidrs.ToArray());
    }

    [Fact]
    public void No_config_gives_the_secure_defaults()
    {
        var config = StackConfigBinder.Bind(RawStackConfig.NoStack);

        Assert.False(config.ApiPublic);
        Assert.Equal(BastionMode.None, config.Bastion);
        Assert.True(config.ImageAllowlistEnabled);
        Assert.True(config.NatGatewayPerAz);
        Assert.Empty(config.AdminCidrs);
        Assert.Equal(3, config.MasterCount);
    }

    [Fact]
    public void Node_groups_bind_with_labels_and_taints()
    {
        var config = Bind(("kaws:nodeGroups", """[{"name":"gpu","instanceType":"g5.xlarge","min":0,"max":2,"labels":{"kind":"gpu"},"taints":[{"key":"gpu","value":"yes","effect":"NoSchedule"}]}]"""));

        var group = Assert.Single(config.NodeGroups);
        Assert.Equal(new NodeGroupConfig("gpu", "g5.xlarge", 0, 0, 2, group.Labels, group.Taints), group);
        Assert.Equal("gpu", group.Labels["kind"]);
        Assert.Equal(new NodeTaint("gpu", "yes", "NoSchedule"), Assert.Single(group.Taints));
    }
}
