using Kaws.Infra.Config;
using Kaws.Kubernetes.Boot;
using Kaws.Operations;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Kaws.Tests.Operations.OperationsFixtures;

namespace Kaws.Tests.Operations;

public sealed class EncryptionKeyRotationSpecs
{
    /// <summary>Each stage as it is applied after the one before it, during the rotation from generation 3 to 4.</summary>
    public static TheoryData<string, string, string[]> Stages => new()
    {
        { "none", "none", ["kaws-gen-3"] },
        { "add-new", "none", ["kaws-gen-3", "kaws-gen-4"] },
        { "promote", "add-new", ["kaws-gen-4", "kaws-gen-3"] },
        { "re-encrypt", "promote", ["kaws-gen-4", "kaws-gen-3"] },
        { "remove-old", "re-encrypt", ["kaws-gen-4"] },
    };

    private static string Compile(string stage, string applied, int generation = 3) => Program(Dev(Rotation(generation, stage, applied)));

    /// <summary>The EncryptionConfiguration Pulumi stores for the masters, read back from the compiled program.</summary>
    private static string StoredEncryptionConfig(string program) => Resource(program, "encryption-keys-config").Text("properties", "value");

    private static IReadOnlyList<YamlNode> Keys(string encryptionConfig) =>
        ((YamlSequenceNode)Yaml.Root(encryptionConfig).At("resources", 0, "providers", 0, "secretbox", "keys")).Children.ToList();

    [Theory]
    [MemberData(nameof(Stages))]
    public void Each_stage_compiles_to_its_golden_keys_with_the_writing_key_first_and_identity_last(string stage, string applied, string[] keyOrder)
    {
        var program = Compile(stage, applied);
        var config = StoredEncryptionConfig(program);

        Golden.Verify($"encryption-keys.{stage}", ResourceText(program, "encryption-keys-"));
        Assert.Equal(keyOrder, Keys(config).Select(key => key.Text("name")));
        Assert.Equal(keyOrder.Select(name => $"__KAWS_SECRET_ENCRYPTION_KEY_{name["kaws-gen-".Length..]}__"), Keys(config).Select(key => key.Text("secret")));
        Assert.True(Yaml.Root(config).At("resources", 0, "providers", 1).Has("identity"));
        Assert.Empty(EncryptionProviderOrder.Problems(config));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void Every_generation_in_the_provider_list_has_its_own_secret_key_parameter(string stage, string applied, string[] keyOrder)
    {
        var program = Compile(stage, applied);

        foreach (var generation in keyOrder.Select(name => name["kaws-gen-".Length..]))
        {
            var parameter = Resource(program, $"encryption-keys-gen-{generation}-parameter");
            Assert.Equal($"/kaws/kaws-dev/master/encryption-key-{generation}", parameter.Text("properties", "name"));
            Assert.Equal("SecureString", parameter.Text("properties", "type"));
            Assert.Equal("${cluster-key-key.arn}", parameter.Text("properties", "keyId"));
            Assert.Equal($"${{encryption-keys-gen-{generation}.base64}}", parameter.Text("properties", "value", "fn::secret"));
            Assert.Equal("32", Resource(program, $"encryption-keys-gen-{generation}").Text("properties", "length"));
        }

        Assert.Equal(keyOrder.Length * 2 + 1, ResourceNames(program).Count(name => name.StartsWith("encryption-keys-", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_stage_only_adds_or_removes_its_generations_resources()
    {
        var none = ResourceNames(Compile("none", "none"));
        var added = ResourceNames(Compile("add-new", "none"));
        var removed = ResourceNames(Compile("remove-old", "re-encrypt"));

        Assert.Equal(["encryption-keys-gen-4", "encryption-keys-gen-4-parameter"], added.Except(none));
        Assert.Empty(none.Except(added));
        Assert.Equal(["encryption-keys-gen-3", "encryption-keys-gen-3-parameter"], added.Except(removed));
        Assert.Empty(removed.Except(added));
    }

    [Fact]
    public void Finishing_a_rotation_on_the_next_generation_changes_nothing()
    {
        Assert.Equal(Compile("remove-old", "re-encrypt", generation: 3), Compile("none", "none", generation: 4));
    }

    [Fact]
    public void Masters_boot_with_the_same_key_order_as_pulumi_stores()
    {
        var raw = Dev(Rotation(3, "promote", "add-new"));
        var boot = Kaws.Infra.Cluster.BootSettingsFactory.For(StackConfigBinder.Bind(raw));

        Assert.Equal(EncryptionConfigBuilder.Render(boot), StoredEncryptionConfig(Program(raw)));
        Assert.Equal([4, 3], boot.EncryptionKeyGenerations);
    }

    [Fact]
    public void Promote_with_identity_first_would_be_caught_by_the_order_check()
    {
        var config = EncryptionConfigBuilder.Render(new KubernetesBootSettings { ClusterName = "demo", Region = "eu-west-1", EncryptionKeyGenerations = [4, 3] });
        var identityFirst = config.Replace("      - secretbox:", "      - identity: {}\n      - secretbox:", StringComparison.Ordinal);

        Assert.Empty(EncryptionProviderOrder.Problems(config));
        Assert.Contains("resources[0].providers[0] is identity: new objects would be stored unencrypted; put a real provider first and identity last", EncryptionProviderOrder.Problems(identityFirst));
    }

    public static TheoryData<string, string, string> SkippedStages => new()
    {
        { "remove-old", "add-new", "Pulumi.dev.yaml: kaws:encryptionKeyRotation: 'remove-old' skips promote and re-encrypt; kaws:encryptionKeyRotationApplied is add-new, so the next stage is promote" },
        { "remove-old", "promote", "Pulumi.dev.yaml: kaws:encryptionKeyRotation: 'remove-old' skips re-encrypt; kaws:encryptionKeyRotationApplied is promote, so the next stage is re-encrypt" },
        { "promote", "none", "Pulumi.dev.yaml: kaws:encryptionKeyRotation: 'promote' skips add-new; kaws:encryptionKeyRotationApplied is none, so the next stage is add-new" },
        { "none", "promote", "Pulumi.dev.yaml: kaws:encryptionKeyRotation: 'none' goes back more than one stage from promote (kaws:encryptionKeyRotationApplied); data written with the newer key would become unreadable" },
        { "re-encrypt", "remove-old", "Pulumi.dev.yaml: kaws:encryptionKeyRotation: 're-encrypt' cannot follow remove-old: generation 3 is deleted; finish the rotation with kaws:encryptionKeyGeneration 4, kaws:encryptionKeyRotation none and kaws:encryptionKeyRotationApplied none" },
    };

    [Theory]
    [MemberData(nameof(SkippedStages))]
    public void A_stage_that_skips_a_step_is_a_one_line_config_error(string stage, string applied, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(Dev(Rotation(3, stage, applied))));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void The_skipped_stage_error_reaches_the_cli_as_one_line_and_exit_2_without_a_program()
    {
        var environment = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "dev",
            ["PULUMI_CONFIG"] = """{"kaws:encryptionKeyRotation":"remove-old","kaws:encryptionKeyRotationApplied":"add-new"}""",
        };

        var result = KawsRun.Invoke(["compile"], environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("kaws: error: PULUMI_CONFIG: kaws:encryptionKeyRotation: 'remove-old' skips promote and re-encrypt; kaws:encryptionKeyRotationApplied is add-new, so the next stage is promote\n", result.Error);
    }

    [Theory]
    [InlineData("kaws:encryptionKeyRotation", "rotate", "Pulumi.dev.yaml: kaws:encryptionKeyRotation: expected one of none, add-new, promote, re-encrypt, remove-old, got 'rotate'")]
    [InlineData("kaws:encryptionKeyRotationApplied", "done", "Pulumi.dev.yaml: kaws:encryptionKeyRotationApplied: expected one of none, add-new, promote, re-encrypt, remove-old, got 'done'")]
    [InlineData("kaws:encryptionKeyGeneration", "0", "Pulumi.dev.yaml: kaws:encryptionKeyGeneration: expected an integer from 1 to 10000, got '0'")]
    public void Bad_rotation_values_are_one_line_errors(string key, string value, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(Dev((key, value))));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Kms_clusters_have_no_kaws_keys_and_refuse_rotation_stages()
    {
        var kms = new[]
        {
            ("kaws:encryptionProvider", "kms"),
            ("kaws:kmsKeyArn", "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            ("kaws:kmsPluginImage", "111122223333.dkr.ecr.eu-west-1.amazonaws.com/aws-encryption-provider@sha256:" + new string('a', 64)),
        };

        var program = Program(Dev(kms));
        var error = Assert.Throws<ConfigException>(() => StackConfigBinder.Bind(Dev([.. kms, ("kaws:encryptionKeyRotation", "add-new")])));

        Assert.DoesNotContain(ResourceNames(program), name => name.StartsWith("encryption-keys-", StringComparison.Ordinal));
        Assert.Equal("Pulumi.dev.yaml: kaws:encryptionKeyRotation: with encryptionProvider kms the data keys rotate in KMS; expected none", error.Message);
    }

    [Theory]
    [InlineData(EncryptionKeyRotationStage.None, EncryptionKeyRotationStage.AddNew, "creates kaws-gen-4 (32 random bytes in SSM); provider keys become kaws-gen-3, kaws-gen-4 (first writes)")]
    [InlineData(EncryptionKeyRotationStage.AddNew, EncryptionKeyRotationStage.Promote, "provider keys become kaws-gen-4, kaws-gen-3 (first writes)")]
    [InlineData(EncryptionKeyRotationStage.ReEncrypt, EncryptionKeyRotationStage.RemoveOld, "deletes kaws-gen-3; provider keys become kaws-gen-4 (first writes)")]
    [InlineData(EncryptionKeyRotationStage.None, EncryptionKeyRotationStage.None, "no key change")]
    public void The_next_up_is_described_from_the_last_applied_stage(EncryptionKeyRotationStage applied, EncryptionKeyRotationStage stage, string expected)
    {
        Assert.Equal(expected, EncryptionKeyRotation.NextUpChange(3, applied, stage));
    }
}
