using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Kubernetes.Boot;

public class BootSettingsSpecs
{
    private static IReadOnlyList<string> ErrorsOf(KubernetesBootSettings settings) => settings.Validate();

    [Fact]
    public void The_defaults_and_the_production_fixture_are_valid()
    {
        Assert.Empty(ErrorsOf(BootFixtures.Development));
        Assert.Empty(ErrorsOf(BootFixtures.Production));
        Assert.Equal("/kaws/demo", BootFixtures.Development.EffectiveSsmPrefix);
    }

    public static IEnumerable<object[]> BadSettings()
    {
        var dev = BootFixtures.Development;
        var prod = BootFixtures.Production;
        object[] Case(KubernetesBootSettings settings, string error) => [settings, error];
        yield return Case(dev with { KubernetesVersion = "1.31" },
            "kubernetesVersion: '1.31' is not supported; expected one of 1.35, 1.36, 1.37");
        yield return Case(dev with { ExtraAdmissionPlugins = ["NodeRestrictions"] },
            "admissionPlugins: 'NodeRestrictions' is not a known admission plugin (did you mean 'NodeRestriction'?)");
        yield return Case(dev with { ExtraAdmissionPlugins = ["PodSecurityPolicy"] },
            "admissionPlugins: 'PodSecurityPolicy' cannot be enabled: it was removed in Kubernetes 1.25; Pod Security admission (PodSecurity) replaces it");
        yield return Case(dev with { ExtraAdmissionPlugins = ["PodPreset"] },
            "admissionPlugins: 'PodPreset' cannot be enabled: it was removed in Kubernetes 1.20; use a mutating admission policy or webhook");
        yield return Case(dev with { ClusterName = "Demo_1" },
            "clusterName: 'Demo_1' must be a lower-case DNS label of at most 40 characters (a-z, 0-9, '-') starting with a letter");
        yield return Case(dev with { Region = "europe" },
            "region: 'europe' is not an AWS region name such as eu-west-1");
        yield return Case(dev with { SsmPrefix = "/aws/kaws" },
            "ssmPrefix: '/aws/kaws' must be an absolute SSM path such as /kaws/demo, without a trailing '/' and not under the reserved /aws or /ssm");
        yield return Case(dev with { ServiceCidr = "10.96.0.0" },
            "serviceCidr: '10.96.0.0' must be an IPv4 CIDR block such as 10.96.0.0/12");
        yield return Case(dev with { ServiceCidr = "10.0.0.0/8" },
            "serviceCidr: '10.0.0.0/8' must have a prefix length between /12 and /24");
        yield return Case(dev with { PodCidr = "10.96.0.0/16" },
            "podCidr: '10.96.0.0/16' overlaps serviceCidr '10.96.0.0/12'");
        yield return Case(dev with { ClusterDomain = "Cluster.Local" },
            "clusterDomain: 'Cluster.Local' must be a lower-case DNS name such as cluster.local");
        yield return Case(dev with { ContainerdVersion = "latest" },
            "containerdVersion: 'latest' is not a Debian package version such as 2.2.2-0ubuntu1.2");
        yield return Case(prod with { Kms = prod.Kms with { KeyArn = "alias/kaws" } },
            "kmsKeyArn: 'alias/kaws' must be a KMS key ARN such as arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias)");
        yield return Case(prod with { Region = "us-east-1" },
            "kmsKeyArn: the key is in eu-west-1 but the cluster is in region us-east-1");
        yield return Case(prod with { Kms = prod.Kms with { PluginImage = "example.com/aws-encryption-provider:latest" } },
            "kmsPluginImage: 'example.com/aws-encryption-provider:latest' must be an image pinned by digest such as registry.example.com/aws-encryption-provider@sha256:<64 hex digits>");
        yield return Case(prod with { Kms = prod.Kms with { HealthPort = 6443 } },
            "kmsHealthPort: 6443 must be a free port from 1024 to 65535 (not one of 2379, 2380, 2381, 6443, 10248, 10250, 10256, 10257, 10259)");
        yield return Case(dev with { Kms = new KmsPluginSettings { KeyArn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" } },
            "kmsKeyArn: a KMS key or plugin image is set but encryptionProvider is secretbox; set encryptionProvider to kms or remove them");
        yield return Case(dev with { AuditLog = new AuditLogSettings { Path = "/tmp/audit.log" } },
            "auditLogPath: '/tmp/audit.log' must be an absolute file path under /var/log/ such as /var/log/kubernetes/audit/audit.log");
        yield return Case(dev with { AuditLog = new AuditLogSettings { MaxAgeDays = 0 } },
            "auditLogMaxAge: 0 must be a positive number of days");
        yield return Case(dev with { PodSecurity = new PodSecurityDefaults { Enforce = "strict" } },
            "podSecurityEnforce: 'strict' is not a Pod Security level; expected privileged, baseline or restricted");
        yield return Case(dev with { PodSecurity = new PodSecurityDefaults { ExemptNamespaces = ["kube-system", "Calico"] } },
            "podSecurityExemptNamespaces: 'Calico' is not a namespace name (a lower-case DNS label)");
        yield return Case(dev with { EventRateLimit = new EventRateLimitSettings { UserQps = 0 } },
            "eventRateLimit: userQps must be positive (got 0)");
        yield return Case(dev with { Tls = new TlsSettings { MinVersion = "VersionTLS11" } },
            "tlsMinVersion: 'VersionTLS11' is not allowed; expected VersionTLS12 or VersionTLS13");
        yield return Case(dev with { Tls = new TlsSettings { CipherSuites = ["TLS_RSA_WITH_AES_128_CBC_SHA"] } },
            $"tlsCipherSuites: 'TLS_RSA_WITH_AES_128_CBC_SHA' is not allowed; expected ECDHE AEAD suites ({string.Join(", ", TlsSettings.StrongCipherSuites)})");
        yield return Case(dev with { KubeletEventQps = 0 },
            "kubeletEventQps: 0 must be between 1 and 1000 (0 would mean unlimited)");
        yield return Case(dev with { InitWaitSeconds = 5 },
            "initWaitSeconds: 5 must be between 60 and 7200 seconds");
    }

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Bad_settings_give_exactly_one_clear_line(KubernetesBootSettings settings, string expected)
    {
        var errors = ErrorsOf(settings);

        Assert.Equal([expected], errors);
        Assert.DoesNotContain('\n', errors[0]);
    }

    [Fact]
    public void Several_problems_are_all_reported_and_block_rendering()
    {
        var settings = BootFixtures.Development with { KubernetesVersion = "1.30", ExtraAdmissionPlugins = ["Bogus"] };

        var error = Assert.Throws<InvalidBootSettingsException>(() => BootDocumentBuilder.Build(settings));

        Assert.Equal(2, error.Errors.Count);
        Assert.StartsWith("kubernetesVersion: ", error.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("admissionPlugins: 'Bogus' is not a known admission plugin", error.Errors[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secretbox", EncryptionProviderKind.Secretbox)]
    [InlineData("aescbc", EncryptionProviderKind.Aescbc)]
    [InlineData("kms", EncryptionProviderKind.Kms)]
    public void Encryption_provider_names_parse(string name, EncryptionProviderKind kind)
    {
        Assert.True(EncryptionProviderNames.TryParse(name, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.Equal(name, EncryptionProviderNames.Name(kind));
    }

    [Fact]
    public void An_unknown_encryption_provider_name_has_a_one_line_error()
    {
        Assert.False(EncryptionProviderNames.TryParse("identity", out _));
        Assert.Equal("encryptionProvider: 'identity' is not an encryption provider; expected secretbox, aescbc or kms", EncryptionProviderNames.UnknownError("identity"));
    }
}
