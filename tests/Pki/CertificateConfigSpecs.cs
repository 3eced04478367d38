using System.Text.Json;
using Kaws.Infra.Cli;
using Kaws.Infra.Config;
using Kaws.Tests.Support;

namespace Kaws.Tests.Pki;

/// <summary>PKI config keys: bad values are one-line errors; short lifetimes and rotations show up in plan.</summary>
public sealed class CertificateConfigSpecs
{
    public static TheoryData<string, string, string> BadConfigs => new()
    {
        { "kaws:keyAlgorithm", "DSA", "Pulumi.dev.yaml: kaws:keyAlgorithm: expected ECDSA or RSA, got 'DSA'" },
        { "kaws:caValidityHours", "0", "Pulumi.dev.yaml: kaws:caValidityHours: expected an integer from 8760 to 175200, got '0'" },
        { "kaws:certValidityHours", "-5", "Pulumi.dev.yaml: kaws:certValidityHours: expected an integer from 24 to 17520, got '-5'" },
        { "kaws:adminCertValidityHours", "0", "Pulumi.dev.yaml: kaws:adminCertValidityHours: expected an integer from 1 to 720, got '0'" },
        { "kaws:certEarlyRenewalHours", "8760", "Pulumi.dev.yaml: kaws:certEarlyRenewalHours: expected less than certValidityHours 8760, got 8760 (every pulumi up would re-issue every certificate)" },
        { "kaws:certificateExpiryWarningDays", "0", "Pulumi.dev.yaml: kaws:certificateExpiryWarningDays: expected an integer from 1 to 3650, got '0'" },
        { "kaws:caGeneration", "0", "Pulumi.dev.yaml: kaws:caGeneration: expected an integer from 1 to 1000, got '0'" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void Bad_pki_config_is_one_line_naming_the_file_and_the_key(string key, string value, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(PkiPrograms.Raw((key, value))));

        Assert.Equal(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_leaf_longer_than_its_ca_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(PkiPrograms.Raw(("kaws:caValidityHours", "8760"), ("kaws:certValidityHours", "17520"))));

        Assert.Equal("Pulumi.dev.yaml: kaws:certValidityHours: 17520 exceeds caValidityHours 8760 (a leaf cannot outlive its CA)", error.Message);
    }

    [Fact]
    public void Plan_warns_about_certificates_inside_the_expiry_window_but_not_the_break_glass_one()
    {
        var config = StackConfigBinder.Bind(PkiPrograms.Raw(("kaws:certValidityHours", "168"), ("kaws:certEarlyRenewalHours", "48")));

        var warnings = ConfigWarnings.For(config);

        Assert.Contains("certificate apiserver is valid for 168h, within the 30-day expiry warning window (kaws:certValidityHours): run pulumi up at least every 120h or it expires", warnings);
        Assert.Equal(6, warnings.Count(warning => warning.StartsWith("certificate ", StringComparison.Ordinal)));
        Assert.DoesNotContain(warnings, warning => warning.Contains("break-glass", StringComparison.Ordinal));
    }

    [Fact]
    public void The_warning_window_is_configurable_and_defaults_stay_quiet()
    {
        Assert.DoesNotContain(ConfigWarnings.For(StackConfigBinder.Bind(PkiPrograms.Raw())), warning => warning.StartsWith("certificate ", StringComparison.Ordinal));

        var wide = ConfigWarnings.For(StackConfigBinder.Bind(PkiPrograms.Raw(("kaws:certificateExpiryWarningDays", "400"))));

        Assert.Contains("certificate scheduler is valid for 8760h, within the 400-day expiry warning window (kaws:certValidityHours): run pulumi up at least every 8040h or it expires", wide);
    }

    [Fact]
    public void Plan_shows_the_rotation_stage_and_what_the_next_up_changes()
    {
        var config = StackConfigBinder.Bind(PkiPrograms.Raw(("kaws:caRotation", "switch"), ("kaws:caGeneration", "2"), ("kaws:caRotationApplied", "add-new"), ("kaws:caGenerationApplied", "2")));

        var text = OperationsStatus.For(config).Text();

        Assert.Contains("  Certificate authorities: generation 2, rotation stage switch (last applied: add-new at generation 2)\n", text, StringComparison.Ordinal);
        Assert.Contains("    trust bundle: g2, g1 (signer first); leaves signed by g2\n", text, StringComparison.Ordinal);
        Assert.Contains("    next pulumi up: re-issues every leaf from generation 2; generation 1 stays trusted\n", text, StringComparison.Ordinal);
        Assert.Contains("record kaws:caRotationApplied switch and kaws:caGenerationApplied 2; then set kaws:caRotation remove-old at generation 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_of_a_stack_at_rest_shows_how_to_start_a_rotation()
    {
        var status = CaRotationStatus.For(StackConfigBinder.Bind(PkiPrograms.Raw()));

        Assert.Equal("no CA change", status.NextUp);
        Assert.Equal("to rotate, set kaws:caRotation add-new and kaws:caGeneration 2", status.NextStep);
        Assert.Equal(["g1"], status.TrustBundle);
    }

    [Fact]
    public void The_plan_json_carries_the_ca_rotation_state()
    {
        var result = KawsRun.Invoke(["plan", "dev", "--json"]);

        using var json = JsonDocument.Parse(result.Out);
        var authorities = json.RootElement.GetProperty("operations").GetProperty("certificateAuthorities");
        Assert.Equal(1, authorities.GetProperty("generation").GetInt32());
        Assert.Equal("none", authorities.GetProperty("rotationStage").GetString());
        Assert.Equal("g1", authorities.GetProperty("signer").GetString());
    }

    [Fact]
    public void The_engine_compile_of_a_skipped_stage_exits_2_with_one_line_and_no_program()
    {
        var environment = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "dev",
            ["PULUMI_PROJECT"] = "kaws",
            ["PULUMI_ROOT_DIRECTORY"] = RepositoryRoot.Find(),
            ["PULUMI_CONFIG"] = JsonSerializer.Serialize(new Dictionary<string, string> { ["kaws:caRotation"] = "remove-old", ["kaws:caGeneration"] = "2" }),
        };

        var result = KawsRun.Invoke(["compile"], environment, Path.GetTempPath());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("kaws:caRotation: remove-old at generation 2 cannot follow the applied none at generation 1", result.Error, StringComparison.Ordinal);
    }
}
