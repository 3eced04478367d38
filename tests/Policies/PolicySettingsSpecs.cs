using Kaws.Policies;

namespace Kaws.Tests.Policies;

public sealed class PolicySettingsSpecs
{
    private static Dictionary<string, string> Config(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(entry => entry.Key, entry => entry.Value);

    [Fact]
    public void A_stack_override_turns_a_mandatory_rule_advisory_and_the_plan_passes_with_a_warning()
    {
        var settings = PolicySettings.FromStackConfig(Config(("kaws:policyOverrides", """{"imdsv2-required":"advisory"}""")));
        var resources = Weakenings.All["imds-tokens-optional"].Build();

        var report = PolicyEngine.Evaluate(resources, settings);

        Assert.True(report.Passed);
        Assert.Equal(0, report.ExitCode);
        Assert.Equal("warn", report["imdsv2-required"].Status);
        Assert.Equal(EnforcementLevel.Advisory, report["imdsv2-required"].Level);
    }

    [Fact]
    public void A_disabled_rule_does_not_run()
    {
        var settings = PolicySettings.FromStackConfig(Config(("kaws:policyOverrides", """{"kms-key-rotation":"disabled"}""")));

        var report = PolicyEngine.Evaluate(Weakenings.All["kms-rotation-off"].Build(), settings);

        Assert.Equal("off", report["kms-key-rotation"].Status);
        Assert.Empty(report["kms-key-rotation"].Violations);
        Assert.True(report.Passed);
    }

    [Fact]
    public void An_override_can_make_an_advisory_level_mandatory_again()
    {
        var settings = PolicySettings.FromStackConfig(Config(("kaws:policyOverrides", """{"kms-key-rotation":"mandatory"}""")));

        Assert.Equal(EnforcementLevel.Mandatory, settings.LevelOf(KawsPolicyPack.Find("kms-key-rotation")!));
        Assert.Equal(1, PolicyEngine.Evaluate(Weakenings.All["kms-rotation-off"].Build(), settings).ExitCode);
    }

    [Fact]
    public void A_misspelt_rule_name_is_rejected_with_a_suggestion()
    {
        var error = Assert.Throws<PolicyConfigException>(() =>
            PolicySettings.FromStackConfig(Config(("kaws:policyOverrides", """{"imdsv2-requried":"advisory"}"""))));

        Assert.Equal(
            "kaws:policyOverrides: 'imdsv2-requried' is not a kaws policy (did you mean 'imdsv2-required'?); see docs/policies.md for the list",
            error.Message);
    }

    [Theory]
    [InlineData("""{"imdsv2-required":"strict"}""", "kaws:policyOverrides.imdsv2-required: expected advisory, mandatory or disabled, got 'strict'")]
    [InlineData("""["imdsv2-required"]""", "kaws:policyOverrides: expected a map of policy name to advisory, mandatory or disabled, got a array")]
    [InlineData("imdsv2-required: advisory", "kaws:policyOverrides: expected a map of policy name to advisory, mandatory or disabled, got text that is not a map")]
    public void A_malformed_override_is_a_one_line_error_naming_the_key(string value, string message)
    {
        var error = Assert.Throws<PolicyConfigException>(() => PolicySettings.FromStackConfig(Config(("kaws:policyOverrides", value))));

        Assert.Equal(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_admin_certificate_limit_comes_from_stack_config()
    {
        var strict = PolicySettings.FromStackConfig(Config(("kaws:adminCertMaxHours", "6")));

        var report = PolicyEngine.Evaluate(CleanStack.Build(), strict);

        Assert.Equal(["admin-cert-lifetime"], report.ViolatedRules);
        Assert.Contains("expected at most 6", report["admin-cert-lifetime"].Violations[0].Message);
        Assert.Equal(24, PolicySettings.Default.AdminCertMaxHours);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("twelve")]
    [InlineData("-3")]
    public void A_bad_admin_certificate_limit_is_rejected(string hours)
    {
        var error = Assert.Throws<PolicyConfigException>(() => PolicySettings.FromStackConfig(Config(("kaws:adminCertMaxHours", hours))));

        Assert.Equal($"kaws:adminCertMaxHours: expected a whole number of hours of at least 1, got '{hours}'", error.Message);
    }

    [Fact]
    public void Pulumi_config_json_is_read_like_the_stack_file()
    {
        var settings = PolicySettings.FromPulumiConfigJson("""{"aws:region":"eu-west-1","kaws:policyOverrides":"{\"no-world-ssh\":\"advisory\"}","kaws:adminCertMaxHours":"8"}""");

        Assert.Equal(EnforcementLevel.Advisory, settings.LevelOf(KawsPolicyPack.Find("no-world-ssh")!));
        Assert.Equal(8, settings.AdminCertMaxHours);
        Assert.Same(PolicySettings.Default, PolicySettings.FromPulumiConfigJson(null));
        Assert.Equal("PULUMI_CONFIG: not valid JSON (expected an object of config keys to strings)",
            Assert.Throws<PolicyConfigException>(() => PolicySettings.FromPulumiConfigJson("{")).Message);
    }
}
