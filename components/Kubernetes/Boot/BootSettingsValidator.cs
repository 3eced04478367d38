using System.Net;
using System.Text.RegularExpressions;

namespace Kaws.Kubernetes.Boot;

/// <summary>The checks behind <see cref="KubernetesBootSettings.Validate"/>: one line per problem, naming the key.</summary>
internal static partial class BootSettingsValidator
{
    public static IReadOnlyList<string> Validate(KubernetesBootSettings settings)
    {
        var errors = new List<string>();
        Identity(settings, errors);
        Network(settings, errors);
        Encryption(settings, errors);
        Audit(settings.AuditLog, errors);
        PodSecurity(settings.PodSecurity, errors);
        RateLimits(settings, errors);
        foreach (var plugin in settings.ExtraAdmissionPlugins)
        {
            if (AdmissionPlugins.Problem(plugin) is { } problem)
            {
                errors.Add(problem);
            }
        }

        Tls(settings.Tls, errors);
        foreach (var (key, value) in settings.NodeLabels)
        {
            if (NodeRegistrationRules.LabelProblem(key, value) is { } problem)
            {
                errors.Add($"{BootSettingKeys.NodeLabels}: {problem}");
            }
        }

        foreach (var taint in settings.NodeTaints)
        {
            if (NodeRegistrationRules.TaintProblem(taint) is { } problem)
            {
                errors.Add($"{BootSettingKeys.NodeTaints}: {problem}");
            }
        }

        return errors;
    }

    private static void Identity(KubernetesBootSettings settings, List<string> errors)
    {
        if (!ClusterNamePattern().IsMatch(settings.ClusterName))
        {
            errors.Add($"{BootSettingKeys.ClusterName}: '{settings.ClusterName}' must be a lower-case DNS label of at most 40 characters (a-z, 0-9, '-') starting with a letter");
        }

        if (!RegionPattern().IsMatch(settings.Region))
        {
            errors.Add($"{BootSettingKeys.Region}: '{settings.Region}' is not an AWS region name such as eu-west-1");
        }

        if (KubernetesReleases.Find(settings.KubernetesVersion) is null)
        {
            errors.Add($"{BootSettingKeys.KubernetesVersion}: '{settings.KubernetesVersion}' is not supported; expected one of {KubernetesReleases.SupportedList}");
        }

        if (!DebianVersionPattern().IsMatch(settings.ContainerdVersion))
        {
            errors.Add($"{BootSettingKeys.ContainerdVersion}: '{settings.ContainerdVersion}' is not a Debian package version such as 2.2.2-0ubuntu1.2");
        }

        if (!DebianVersionPattern().IsMatch(settings.AwsCliVersion))
        {
            errors.Add($"{BootSettingKeys.AwsCliVersion}: '{settings.AwsCliVersion}' is not a Debian package version such as 2.31.35-1");
        }

        if (settings.SsmPrefix is { } prefix && (!SsmPathPattern().IsMatch(prefix) || ReservedSsmPath().IsMatch(prefix)))
        {
            errors.Add($"{BootSettingKeys.SsmPrefix}: '{prefix}' must be an absolute SSM path such as /kaws/demo, without a trailing '/' and not under the reserved /aws or /ssm");
        }

        if (settings.InitWaitSeconds is < 60 or > 7200)
        {
            errors.Add($"{BootSettingKeys.InitWaitSeconds}: {settings.InitWaitSeconds} must be between 60 and 7200 seconds");
        }
    }

    private static void Network(KubernetesBootSettings settings, List<string> errors)
    {
        var service = Cidr(BootSettingKeys.ServiceCidr, settings.ServiceCidr, 12, 24, errors);
        var pods = Cidr(BootSettingKeys.PodCidr, settings.PodCidr, 8, 24, errors);
        if (service is { } s && pods is { } p && (s.Contains(p.BaseAddress) || p.Contains(s.BaseAddress)))
        {
            errors.Add($"{BootSettingKeys.PodCidr}: '{settings.PodCidr}' overlaps {BootSettingKeys.ServiceCidr} '{settings.ServiceCidr}'");
        }

        if (!DomainPattern().IsMatch(settings.ClusterDomain) || settings.ClusterDomain.Length > 253)
        {
            errors.Add($"{BootSettingKeys.ClusterDomain}: '{settings.ClusterDomain}' must be a lower-case DNS name such as cluster.local");
        }
    }

    private static IPNetwork? Cidr(string key, string text, int widest, int narrowest, List<string> errors)
    {
        if (!IPNetwork.TryParse(text, out var network) || network.BaseAddress.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork || !text.Contains('/'))
        {
            errors.Add($"{key}: '{text}' must be an IPv4 CIDR block such as 10.96.0.0/12");
            return null;
        }

        if (network.PrefixLength < widest || network.PrefixLength > narrowest)
        {
            errors.Add($"{key}: '{text}' must have a prefix length between /{widest} and /{narrowest}");
            return null;
        }

        return network;
    }

    private static void Encryption(KubernetesBootSettings settings, List<string> errors)
    {
        var kms = settings.Kms;
        var generations = settings.EncryptionKeyGenerations;
        if (generations.Count is 0 or > 2 || generations.Any(generation => generation < 1) || generations.Distinct().Count() != generations.Count)
        {
            errors.Add($"{BootSettingKeys.EncryptionKeyRotation}: key generations [{string.Join(", ", generations)}] must be one or two distinct generations from 1 up");
        }

        if (settings.EncryptionKeyRefreshMinutes is < 1 or > 60)
        {
            errors.Add($"{BootSettingKeys.EncryptionKeyRotation}: the key refresh interval {settings.EncryptionKeyRefreshMinutes} must be between 1 and 60 minutes");
        }

        if (settings.EncryptionProvider != EncryptionProviderKind.Kms)
        {
            if (kms.KeyArn.Length > 0 || kms.PluginImage.Length > 0)
            {
                errors.Add($"{BootSettingKeys.KmsKeyArn}: a KMS key or plugin image is set but {BootSettingKeys.EncryptionProvider} is {EncryptionProviderNames.Name(settings.EncryptionProvider)}; set {BootSettingKeys.EncryptionProvider} to kms or remove them");
            }

            return;
        }

        var arn = KmsKeyArnPattern().Match(kms.KeyArn);
        if (!arn.Success)
        {
            errors.Add($"{BootSettingKeys.KmsKeyArn}: '{kms.KeyArn}' must be a KMS key ARN such as arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias)");
        }
        else if (arn.Groups["region"].Value != settings.Region)
        {
            errors.Add($"{BootSettingKeys.KmsKeyArn}: the key is in {arn.Groups["region"].Value} but the cluster is in {BootSettingKeys.Region} {settings.Region}");
        }

        if (!DigestImagePattern().IsMatch(kms.PluginImage))
        {
            errors.Add($"{BootSettingKeys.KmsPluginImage}: '{kms.PluginImage}' must be an image pinned by digest such as registry.example.com/aws-encryption-provider@sha256:<64 hex digits>");
        }

        if (!SocketPathPattern().IsMatch(kms.SocketPath))
        {
            errors.Add($"{BootSettingKeys.KmsSocketPath}: '{kms.SocketPath}' must be an absolute path ending in .sock");
        }

        if (kms.HealthPort is < 1024 or > 65535 || ReservedPorts.Contains(kms.HealthPort))
        {
            errors.Add($"{BootSettingKeys.KmsHealthPort}: {kms.HealthPort} must be a free port from 1024 to 65535 (not one of {string.Join(", ", ReservedPorts)})");
        }

        if (!DurationPattern().IsMatch(kms.Timeout))
        {
            errors.Add($"{BootSettingKeys.KmsTimeout}: '{kms.Timeout}' must be a duration such as 3s or 500ms");
        }
    }

    private static void Audit(AuditLogSettings audit, List<string> errors)
    {
        if (!AuditPathPattern().IsMatch(audit.Path) || audit.Path.Contains("/../", StringComparison.Ordinal) || audit.Path.Contains("/./", StringComparison.Ordinal))
        {
            errors.Add($"{BootSettingKeys.AuditLogPath}: '{audit.Path}' must be an absolute file path under /var/log/ such as /var/log/kubernetes/audit/audit.log");
        }

        Positive(BootSettingKeys.AuditLogMaxAge, audit.MaxAgeDays, "days", errors);
        Positive(BootSettingKeys.AuditLogMaxBackup, audit.MaxBackups, "files", errors);
        Positive(BootSettingKeys.AuditLogMaxSize, audit.MaxSizeMegabytes, "megabytes", errors);
    }

    private static void PodSecurity(PodSecurityDefaults podSecurity, List<string> errors)
    {
        Level(BootSettingKeys.PodSecurityEnforce, podSecurity.Enforce, errors);
        Level(BootSettingKeys.PodSecurityAudit, podSecurity.Audit, errors);
        Level(BootSettingKeys.PodSecurityWarn, podSecurity.Warn, errors);
        if (podSecurity.Version != "latest" && !PodSecurityVersionPattern().IsMatch(podSecurity.Version))
        {
            errors.Add($"{BootSettingKeys.PodSecurityVersion}: '{podSecurity.Version}' must be latest or a minor such as v1.35");
        }

        foreach (var name in podSecurity.ExemptNamespaces)
        {
            if (!NamespacePattern().IsMatch(name))
            {
                errors.Add($"{BootSettingKeys.PodSecurityExemptNamespaces}: '{name}' is not a namespace name (a lower-case DNS label)");
            }
        }

        foreach (var duplicate in podSecurity.ExemptNamespaces.GroupBy(name => name).Where(group => group.Count() > 1))
        {
            errors.Add($"{BootSettingKeys.PodSecurityExemptNamespaces}: '{duplicate.Key}' is listed more than once");
        }
    }

    private static void Level(string key, string level, List<string> errors)
    {
        if (!PodSecurityDefaults.Levels.Contains(level, StringComparer.Ordinal))
        {
            errors.Add($"{key}: '{level}' is not a Pod Security level; expected privileged, baseline or restricted");
        }
    }

    private static void RateLimits(KubernetesBootSettings settings, List<string> errors)
    {
        var limits = settings.EventRateLimit;
        (string Name, int Value)[] values =
        [
            ("serverQps", limits.ServerQps), ("serverBurst", limits.ServerBurst),
            ("namespaceQps", limits.NamespaceQps), ("namespaceBurst", limits.NamespaceBurst), ("namespaceCacheSize", limits.NamespaceCacheSize),
            ("userQps", limits.UserQps), ("userBurst", limits.UserBurst), ("userCacheSize", limits.UserCacheSize),
        ];
        foreach (var (name, value) in values)
        {
            if (value <= 0)
            {
                errors.Add($"{BootSettingKeys.EventRateLimit}: {name} must be positive (got {value})");
            }
        }

        if (settings.KubeletEventQps is <= 0 or > 1000)
        {
            errors.Add($"{BootSettingKeys.KubeletEventQps}: {settings.KubeletEventQps} must be between 1 and 1000 (0 would mean unlimited)");
        }
    }

    private static void Tls(TlsSettings tls, List<string> errors)
    {
        if (!TlsSettings.MinVersions.Contains(tls.MinVersion, StringComparer.Ordinal))
        {
            errors.Add($"{BootSettingKeys.TlsMinVersion}: '{tls.MinVersion}' is not allowed; expected VersionTLS12 or VersionTLS13");
        }

        foreach (var suite in tls.CipherSuites)
        {
            if (!TlsSettings.StrongCipherSuites.Contains(suite, StringComparer.Ordinal))
            {
                errors.Add($"{BootSettingKeys.TlsCipherSuites}: '{suite}' is not allowed; expected ECDHE AEAD suites ({string.Join(", ", TlsSettings.StrongCipherSuites)})");
            }
        }

        if (tls.MinVersion == "VersionTLS12" && tls.CipherSuites.Count == 0)
        {
            errors.Add($"{BootSettingKeys.TlsCipherSuites}: must not be empty while {BootSettingKeys.TlsMinVersion} is VersionTLS12");
        }
    }

    private static void Positive(string key, int value, string unit, List<string> errors)
    {
        if (value <= 0)
        {
            errors.Add($"{key}: {value} must be a positive number of {unit}");
        }
    }

    /// <summary>Ports of the control plane and the kubelet on the host network.</summary>
    private static readonly int[] ReservedPorts = [2379, 2380, 2381, 6443, 10248, 10250, 10256, 10257, 10259];

    [GeneratedRegex("^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex ClusterNamePattern();

    [GeneratedRegex(@"^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[0-9][A-Za-z0-9.+~:-]*$")]
    private static partial Regex DebianVersionPattern();

    [GeneratedRegex(@"^(?:/[A-Za-z0-9_.-]+)+$")]
    private static partial Regex SsmPathPattern();

    [GeneratedRegex(@"^/(?:aws|ssm)(?:/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedSsmPath();

    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"^arn:aws(?:-cn|-us-gov)?:kms:(?<region>[a-z0-9-]+):\d{12}:key/(?:mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    private static partial Regex KmsKeyArnPattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:[.-][a-z0-9]+)*(?::\d+)?(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)+(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?@sha256:[0-9a-f]{64}$")]
    private static partial Regex DigestImagePattern();

    [GeneratedRegex(@"^(?:/[A-Za-z0-9_.-]+)+\.sock$")]
    private static partial Regex SocketPathPattern();

    [GeneratedRegex(@"^[1-9][0-9]*(?:ms|s)$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^/var/log/(?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*$")]
    private static partial Regex AuditPathPattern();

    [GeneratedRegex(@"^v1\.[0-9]{1,2}$")]
    private static partial Regex PodSecurityVersionPattern();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex NamespacePattern();
}
