namespace Kaws.Tests.Aws;

public sealed class StableNameSpecs
{
    private const string TwoGroups = """[{"name":"general","instanceType":"t3.large","min":1,"desired":2,"max":3}]""";
    private const string ThreeGroups = """[{"name":"general","instanceType":"t3.large","min":1,"desired":2,"max":3},{"name":"gpu","instanceType":"g5.xlarge","min":0,"max":2}]""";

    [Fact]
    public void Adding_a_node_group_adds_only_that_groups_resources()
    {
        var before = AwsStacks.Compile("dev", ("kaws:nodeGroups", TwoGroups)).ResourceBlocks();
        var after = AwsStacks.Compile("dev", ("kaws:nodeGroups", ThreeGroups)).ResourceBlocks();

        var added = after.Keys.Except(before.Keys).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, name => Assert.StartsWith("nodes-gpu-", name));
        Assert.Empty(before.Keys.Except(after.Keys));
        Assert.Empty(before.Where(block => after[block.Key] != block.Value).Select(block => block.Key));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public void Adding_a_zone_adds_only_that_zones_resources_and_widens_the_subnet_lists(string natPerAz)
    {
        var before = AwsStacks.Compile("dev", ("kaws:natGatewayPerAz", natPerAz)).ResourceBlocks();
        var after = AwsStacks.Compile("dev", ("kaws:natGatewayPerAz", natPerAz), ("kaws:azCount", "3")).ResourceBlocks();

        var added = after.Keys.Except(before.Keys).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, name => Assert.Contains("az2", name));
        Assert.Empty(before.Keys.Except(after.Keys));

        // Only the resources that list every subnet change: the groups and the (public) load balancer.
        var changed = before.Where(block => after[block.Key] != block.Value).Select(block => block.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["api-nlb", "masters-group", "nodes-general-group"], changed);
    }

    [Fact]
    public void Adding_an_api_client_range_adds_only_its_rule()
    {
        var before = AwsStacks.Compile("dev").ResourceBlocks();
        var after = AwsStacks.Compile("dev", ("kaws:apiAllowedCidrs", "[\"203.0.113.0/24\",\"198.51.100.0/24\"]")).ResourceBlocks();

        Assert.Equal(["security-groups-lb-in-tcp-443-from-api-clients-198-51-100-0-24"], after.Keys.Except(before.Keys));
        Assert.Empty(before.Where(block => after[block.Key] != block.Value).Select(block => block.Key));
    }
}
