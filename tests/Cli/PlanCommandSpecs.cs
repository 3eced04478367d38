using System.Text.Json;
using Kaws.Tests.Support;

namespace Kaws.Tests.Cli;

public sealed class PlanCommandSpecs
{
    [Fact]
    public void Plan_of_dev_prints_the_component_tree_and_passes()
    {
        var result = KawsRun.Invoke(["plan", "dev"]);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.StartsWith("kaws plan: stack dev\n", result.Out);
        Assert.Contains("network [kaws:network:Network]", result.Out);
        Assert.Contains("pki [kaws:pki:ClusterPki]", result.Out);
        Assert.Contains("Validation: ok", result.Out);
        Assert.Contains("Policies passed: no mandatory violation.", result.Out);
        Assert.Matches(@"\nSummary: PASS: \d+ resources in \d+ components; 0 validation errors; 0 mandatory policy violations; \d+ warnings\n$", result.Out);
    }

    [Fact]
    public void Plan_json_carries_the_same_facts()
    {
        var text = KawsRun.Invoke(["plan", "prod"]);
        var json = KawsRun.Invoke(["plan", "prod", "--json"]);

        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal(text.ExitCode, json.ExitCode);
        Assert.Equal("prod", root.GetProperty("stack").GetString());
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Contains($" {root.GetProperty("resources").GetInt32()} resources in ", text.Out);
        Assert.Contains(root.GetProperty("components").EnumerateArray(), component => component.GetProperty("type").GetString() == "kaws:network:Network");
    }

    [Fact]
    public void Plan_flags_settings_that_weaken_the_cluster()
    {
        var result = KawsRun.Invoke(["plan", "dev"]);

        Assert.Contains("Warning: kaws:natGatewayPerAz is false", result.Out);
    }

    [Fact]
    public void Plan_of_a_missing_stack_is_a_usage_error()
    {
        var result = KawsRun.Invoke(["plan", "staging"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("kaws: error: Pulumi.staging.yaml: (file): no such stack file", result.Error);
    }
}
