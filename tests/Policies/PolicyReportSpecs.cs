using System.Text.Json;
using Kaws.Policies;

namespace Kaws.Tests.Policies;

public sealed class PolicyReportSpecs
{
    private static PolicyReport Weakened() =>
        PolicyEngine.Evaluate(
            Weakenings.All["imds-tokens-optional"].Build().Set("cluster-kms-key", "enableKeyRotation", PolicyValue.Of(false)),
            PolicySettings.FromStackConfig(new Dictionary<string, string>
            {
                ["kaws:policyOverrides"] = """{"kms-key-rotation":"advisory","no-world-ssh":"disabled"}""",
            }));

    [Fact]
    public void The_text_report_lists_every_rule_with_its_status_and_the_violations_under_it()
    {
        var text = Weakened().ToText();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith($"Policy pack kaws {KawsPolicyPack.Version}: {KawsPolicyPack.Rules.Length} rules, {KawsPolicyPack.Rules.Length - 3} passed, 1 failed, 1 warned, 1 disabled", lines[0]);
        Assert.Contains("  fail  mandatory  imdsv2-required", lines);
        Assert.Contains($"        {CleanStack.MasterTemplate}: metadataOptions.httpTokens is \"optional\", expected \"required\" (IMDSv2 only)", lines);
        Assert.Contains("  warn  advisory   kms-key-rotation", lines);
        Assert.Contains("  off   disabled   no-world-ssh", lines);
        Assert.Contains("  pass  mandatory  vpc-flow-logs", lines);
        Assert.Equal("Policies failed: 1 mandatory violation.", lines[^1]);
    }

    [Fact]
    public void The_json_report_carries_every_verdict_and_the_overall_result()
    {
        using var json = JsonDocument.Parse(Weakened().ToJson());
        var root = json.RootElement;
        var rules = root.GetProperty("rules").EnumerateArray().ToDictionary(rule => rule.GetProperty("name").GetString()!);

        Assert.Equal("kaws", root.GetProperty("policyPack").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(KawsPolicyPack.Rules.Select(rule => rule.Name), rules.Keys);
        var imds = rules["imdsv2-required"];
        Assert.Equal("mandatory", imds.GetProperty("level").GetString());
        Assert.Equal("fail", imds.GetProperty("status").GetString());
        var violation = Assert.Single(imds.GetProperty("violations").EnumerateArray());
        Assert.Equal(CleanStack.MasterTemplate, violation.GetProperty("resource").GetString());
        Assert.False(violation.TryGetProperty("urn", out _));
        Assert.Equal("warn", rules["kms-key-rotation"].GetProperty("status").GetString());
    }

    [Fact]
    public void Reports_are_byte_identical_for_the_same_input()
    {
        Assert.Equal(Weakened().ToText(), Weakened().ToText());
        Assert.Equal(Weakened().ToJson(), Weakened().ToJson());
    }

    [Fact]
    public void Only_a_mandatory_violation_fails_the_plan()
    {
        var clean = PolicyEngine.Evaluate(CleanStack.Build(), PolicySettings.Default);

        Assert.Equal(0, clean.ExitCode);
        Assert.EndsWith("Policies passed: no mandatory violation.\n", clean.ToText());
        Assert.Equal(1, Weakened().ExitCode);
        Assert.Equal(["imdsv2-required"], Weakened().MandatoryViolations.Select(found => found.Rule.Name));
    }
}
