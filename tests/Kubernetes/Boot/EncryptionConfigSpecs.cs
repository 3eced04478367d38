using Kaws.Kubernetes.Boot;
using static Kaws.Tests.Kubernetes.Boot.YamlReading;

namespace Kaws.Tests.Kubernetes.Boot;

public class EncryptionConfigSpecs
{
    /// <summary>The seed checklist's example: identity first, so the API server writes secrets in plain text.</summary>
    private const string SeedChecklistExample = """
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources:
              - secrets
            providers:
              - identity: {}
              - aescbc:
                  keys:
                    - name: key1
                      secret: c2VjcmV0IGlzIHNlY3VyZQ==
        """;

    [Fact]
    public void Secrets_and_configmaps_are_written_with_secretbox_and_identity_is_only_the_last_fallback()
    {
        var config = Single(BootDocumentBuilder.Build(BootFixtures.Development).MasterEncryptionConfig);
        var group = Assert.Single(List(config, "resources"));
        var providers = List(group, "providers");

        Assert.Equal("EncryptionConfiguration", Text(config, "kind"));
        Assert.Equal(["secrets", "configmaps"], Texts(group, "resources"));
        Assert.Equal(2, providers.Count);
        Assert.Equal("kaws-gen-1", Text(Assert.Single(List(providers[0], "secretbox", "keys")), "name"));
        Assert.Equal(BootPlaceholders.EncryptionKey, Text(Assert.Single(List(providers[0], "secretbox", "keys")), "secret"));
        Assert.True(Has(providers[1], "identity"));
    }

    [Fact]
    public void Configmaps_stay_out_when_switched_off()
    {
        var settings = BootFixtures.Development with { EncryptConfigMaps = false };

        var group = Assert.Single(List(Single(EncryptionConfigBuilder.Render(settings)), "resources"));

        Assert.Equal(["secrets"], Texts(group, "resources"));
    }

    [Fact]
    public void Aescbc_uses_the_same_boot_time_key()
    {
        var settings = BootFixtures.Development with { EncryptionProvider = EncryptionProviderKind.Aescbc };

        var provider = List(Assert.Single(List(Single(EncryptionConfigBuilder.Render(settings)), "resources")), "providers")[0];

        Assert.Equal(BootPlaceholders.EncryptionKey, Text(Assert.Single(List(provider, "aescbc", "keys")), "secret"));
    }

    [Fact]
    public void Kms_v2_reaches_the_aws_encryption_provider_over_its_unix_socket()
    {
        var config = Single(BootDocumentBuilder.Build(BootFixtures.Production).MasterEncryptionConfig);
        var providers = List(Assert.Single(List(config, "resources")), "providers");

        Assert.Equal("v2", Text(providers[0], "kms", "apiVersion"));
        Assert.Equal("aws-encryption-provider", Text(providers[0], "kms", "name"));
        Assert.Equal("unix:///var/run/kmsplugin/socket.sock", Text(providers[0], "kms", "endpoint"));
        Assert.Equal("3s", Text(providers[0], "kms", "timeout"));
        Assert.False(Has(providers[0], "kms", "cachesize"));
        Assert.True(Has(providers[1], "identity"));
        Assert.DoesNotContain(BootPlaceholders.EncryptionKey, BootDocumentBuilder.Build(BootFixtures.Production).MasterCloudInit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EncryptionProviderKind.Secretbox)]
    [InlineData(EncryptionProviderKind.Aescbc)]
    public void Every_rendered_configuration_passes_the_provider_order_check(EncryptionProviderKind kind)
    {
        var settings = BootFixtures.Development with { EncryptionProvider = kind };

        Assert.Empty(EncryptionProviderOrder.Problems(EncryptionConfigBuilder.Render(settings)));
        Assert.Empty(EncryptionProviderOrder.Problems(EncryptionConfigBuilder.Render(BootFixtures.Production)));
    }

    [Fact]
    public void The_seed_checklists_identity_first_example_is_caught()
    {
        var problems = EncryptionProviderOrder.Problems(SeedChecklistExample);

        Assert.Equal(["resources[0].providers[0] is identity: new objects would be stored unencrypted; put a real provider first and identity last"], problems);
    }

    [Fact]
    public void Identity_between_real_providers_is_caught()
    {
        var yaml = """
            resources:
              - resources: [secrets]
                providers:
                  - secretbox: {keys: [{name: a, secret: x}]}
                  - identity: {}
                  - aescbc: {keys: [{name: b, secret: y}]}
            """;

        Assert.Equal(["resources[0].providers[1] is identity but not last: identity may only be the final read-only fallback"], EncryptionProviderOrder.Problems(yaml));
    }

    [Fact]
    public void A_configuration_without_resources_is_caught()
    {
        Assert.Equal(["encryption config: 'resources' is missing or empty, so nothing is encrypted"], EncryptionProviderOrder.Problems("kind: EncryptionConfiguration\n"));
    }
}
