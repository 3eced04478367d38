using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kaws.Network;

namespace Kaws.Infra.Config;

/// <summary>
/// Binds raw stack config to <see cref="StackConfig"/>: every key typed, ranged and cross-checked,
/// failing on the first mistake with one line that names the file and the key.
/// </summary>
public static partial class StackConfigBinder
{
    public static StackConfig Bind(RawStackConfig raw)
    {
        var read = new ConfigReader(raw);
        var defaults = new StackConfig { StackName = raw.StackName };

        var region = read.String("aws:region", defaults.Region, AwsRegions.ZoneCounts.ContainsKey, "a region kaws knows (" + string.Join(", ", AwsRegions.ZoneCounts.Keys) + ")");
        var config = defaults with
        {
            ClusterName = read.String("clusterName", defaults.ClusterName, name => ClusterNameShape().IsMatch(name), "a DNS label of 3-32 lower-case letters, digits and '-'"),
            Region = region,
            AzCount = read.Int("azCount", defaults.AzCount, 1, 6),
            VpcCidr = CidrKey(read, "vpcCidr", defaults.VpcCidr, 16, 24),
            ServiceCidr = CidrKey(read, "serviceCidr", defaults.ServiceCidr, 12, 24),
            PodCidr = CidrKey(read, "podCidr", defaults.PodCidr, 8, 20),
            ClusterDomain = read.String("clusterDomain", defaults.ClusterDomain, name => DomainShape().IsMatch(name), "a DNS domain like cluster.local"),
            KubernetesVersion = read.String("kubernetesVersion", defaults.KubernetesVersion),
            MasterCount = read.Int("masterCount", defaults.MasterCount, 1, 5),
            MasterInstanceType = read.String("masterInstanceType", defaults.MasterInstanceType, type => InstanceTypeShape().IsMatch(type), "an EC2 instance type like m7i.large"),
            MasterVolumeGb = read.Int("masterVolumeGb", defaults.MasterVolumeGb, 20, 2000),
            NodeVolumeGb = read.Int("nodeVolumeGb", defaults.NodeVolumeGb, 20, 2000),
            NodeGroups = NodeGroups(read, defaults.NodeGroups),
            AdminCidrs = read.CidrList("adminCidrs", defaults.AdminCidrs),
            ApiAllowedCidrs = read.CidrList("apiAllowedCidrs", defaults.ApiAllowedCidrs),
            ApiPublic = read.Bool("apiPublic", defaults.ApiPublic),
            ApiTunnelPort = read.OptionalInt("apiTunnelPort", 1024, 65535),
            Bastion = read.Enum("bastion", defaults.Bastion),
            AllowSshFromAnywhere = read.Bool("allowSshFromAnywhere", defaults.AllowSshFromAnywhere),
            AllowApiFromAnywhere = read.Bool("allowApiFromAnywhere", defaults.AllowApiFromAnywhere),
            NatGatewayPerAz = read.Bool("natGatewayPerAz", defaults.NatGatewayPerAz),
            FlowLogRetentionDays = read.Int("flowLogRetentionDays", defaults.FlowLogRetentionDays, 1, 3653),
            EncryptionProvider = read.String("encryptionProvider", defaults.EncryptionProvider, provider => provider is "aescbc" or "secretbox" or "kms", "one of aescbc, secretbox, kms"),
            EncryptConfigMaps = read.Bool("encryptConfigMaps", defaults.EncryptConfigMaps),
            EncryptionKeyGeneration = read.Int("encryptionKeyGeneration", defaults.EncryptionKeyGeneration, 1, 10000),
            EncryptionKeyRotation = RotationStage(read, "encryptionKeyRotation"),
            EncryptionKeyRotationApplied = RotationStage(read, "encryptionKeyRotationApplied"),
            EtcdBackupHourlyRetentionDays = read.Int("etcdBackupHourlyRetentionDays", defaults.EtcdBackupHourlyRetentionDays, 1, 365),
            EtcdBackupDailyRetentionDays = read.Int("etcdBackupDailyRetentionDays", defaults.EtcdBackupDailyRetentionDays, 1, 3650),
            KmsKeyArn = read.String("kmsKeyArn", defaults.KmsKeyArn),
            KmsPluginImage = read.String("kmsPluginImage", defaults.KmsPluginImage),
            AdmissionPlugins = read.StringList("admissionPlugins", defaults.AdmissionPlugins),
            ImageAllowlistEnabled = read.Bool("imageAllowlistEnabled", defaults.ImageAllowlistEnabled),
            ImageAllowlist = read.StringList("imageAllowlist", defaults.ImageAllowlist),
            Gvisor = read.Bool("gvisor", defaults.Gvisor),
            InClusterBaseline = read.Enum("inClusterBaseline", defaults.InClusterBaseline),
            ExtraNamespaces = read.StringList("extraNamespaces", defaults.ExtraNamespaces),
            KeyAlgorithm = read.String("keyAlgorithm", defaults.KeyAlgorithm, algorithm => algorithm is "ECDSA" or "RSA", "ECDSA or RSA"),
            RsaBits = read.Int("rsaBits", defaults.RsaBits, 2048, 4096),
            CaValidityHours = read.Int("caValidityHours", defaults.CaValidityHours, 24 * 365, 24 * 365 * 20),
            CertValidityHours = read.Int("certValidityHours", defaults.CertValidityHours, 24, 24 * 365 * 2),
            AdminCertValidityHours = read.Int("adminCertValidityHours", defaults.AdminCertValidityHours, 1, 24 * 30),
            AdminCertMaxHours = read.Int("adminCertMaxHours", defaults.AdminCertMaxHours, 1, 24 * 30),
            CertEarlyRenewalHours = read.Int("certEarlyRenewalHours", defaults.CertEarlyRenewalHours, 0, 24 * 365),
            CertificateExpiryWarningDays = read.Int("certificateExpiryWarningDays", defaults.CertificateExpiryWarningDays, 1, 3650),
            CaRotation = RotationStage(read, "caRotation", defaults.CaRotation),
            CaGeneration = read.Int("caGeneration", defaults.CaGeneration, 1, 1000),
            CaRotationApplied = RotationStage(read, "caRotationApplied", defaults.CaRotationApplied),
            CaGenerationApplied = read.Int("caGenerationApplied", defaults.CaGenerationApplied, 1, 1000),
            PolicyOverrides = read.StringMap("policyOverrides"),
        };

        read.RejectUnknownKeys();
        CrossCheck(read, config);
        CheckBootSettings(read, config);

        // The engine's plugin discovery compiles with no stack; it must see every package a stack can use (kubernetes too).
        return ReferenceEquals(raw, RawStackConfig.NoStack) ? config with { InClusterBaseline = InClusterBaselineMode.On } : config;
    }

    /// <summary>Rules that involve more than one key.</summary>
    private static void CrossCheck(ConfigReader read, StackConfig config)
    {
        var zones = AwsRegions.ZoneCounts[config.Region];
        if (config.AzCount > zones)
        {
            throw read.Error("azCount", $"{config.Region} has {zones} availability zones, got {config.AzCount}");
        }

        var vpc = Cidr.Parse(config.VpcCidr);
        var service = Cidr.Parse(config.ServiceCidr);
        var pods = Cidr.Parse(config.PodCidr);
        if (service.Overlaps(vpc))
        {
            throw read.Error("serviceCidr", $"{service} overlaps vpcCidr {vpc}");
        }

        if (pods.Overlaps(vpc))
        {
            throw read.Error("podCidr", $"{pods} overlaps vpcCidr {vpc}");
        }

        if (pods.Overlaps(service))
        {
            throw read.Error("podCidr", $"{pods} overlaps serviceCidr {service}");
        }

        if (config.MasterCount % 2 == 0)
        {
            throw read.Error("masterCount", $"expected an odd number so etcd keeps quorum, got {config.MasterCount}");
        }

        if (config.AdminCertValidityHours > config.AdminCertMaxHours)
        {
            throw read.Error("adminCertValidityHours", $"{config.AdminCertValidityHours} exceeds adminCertMaxHours {config.AdminCertMaxHours}");
        }

        if (config.RsaBits is not (2048 or 3072 or 4096))
        {
            throw read.Error("rsaBits", $"expected 2048, 3072 or 4096, got {config.RsaBits}");
        }

        CheckCertificateLifetimes(read, config);
        CheckEncryptionKeyRotation(read, config);
        CheckOpenToWorld(read, "adminCidrs", config.AdminCidrs, config.AllowSshFromAnywhere, "allowSshFromAnywhere");
        CheckOpenToWorld(read, "apiAllowedCidrs", config.ApiAllowedCidrs, config.AllowApiFromAnywhere, "allowApiFromAnywhere");
        CheckIpv4(read, "adminCidrs", config.AdminCidrs);
        CheckIpv4(read, "apiAllowedCidrs", config.ApiAllowedCidrs);
        if (config.Bastion == BastionMode.Ssh && config.AdminCidrs.IsEmpty)
        {
            throw read.Error("adminCidrs", "expected at least one CIDR when bastion is ssh (nobody could reach it)");
        }

        if (config.ApiPublic && config.ApiAllowedCidrs.IsEmpty)
        {
            throw read.Error("apiAllowedCidrs", "expected at least one CIDR when apiPublic is true");
        }

        if (config.ApiPublic && config.ApiTunnelPort is not null)
        {
            throw read.Error("apiTunnelPort", "only for an internal API (kaws:apiPublic false): a public API is reached directly");
        }

        if (config.ImageAllowlistEnabled && config.ImageAllowlist.IsEmpty)
        {
            throw read.Error("imageAllowlist", "expected at least one registry when imageAllowlistEnabled is true");
        }

        CheckImageAllowlist(read, config.ImageAllowlist);
        CheckExtraNamespaces(read, config.ExtraNamespaces);
        CheckGvisorNodeGroup(read, config);
    }

    /// <summary>Registry prefixes like registry.k8s.io or quay.io/tigera: no scheme, no wildcard, no tag.</summary>
    private static void CheckImageAllowlist(ConfigReader read, ImmutableArray<string> allowlist)
    {
        foreach (var entry in allowlist)
        {
            if (!RegistryPrefixShape().IsMatch(entry))
            {
                throw read.Error("imageAllowlist", $"expected registry prefixes like registry.k8s.io or quay.io/tigera, got '{entry}'");
            }
        }
    }

    /// <summary>DNS labels, not reserved by Kubernetes or Calico, and each only once.</summary>
    private static void CheckExtraNamespaces(ConfigReader read, ImmutableArray<string> names)
    {
        var seen = new HashSet<string>(StackConfig.DefaultNamespaces, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!NamespaceShape().IsMatch(name) || name.Length > 63)
            {
                throw read.Error("extraNamespaces", $"expected DNS labels (lower-case letters, digits and '-', at most 63), got '{name}'");
            }

            if (name is "default" or "calico-system" or "calico-apiserver" or "tigera-operator" || name.StartsWith("kube-", StringComparison.Ordinal))
            {
                throw read.Error("extraNamespaces", $"'{name}' is a namespace Kubernetes or Calico owns; expected a namespace of your own");
            }

            if (!seen.Add(name))
            {
                throw read.Error("extraNamespaces", $"'{name}' is listed twice or is already managed (kaws-system, workloads)");
            }
        }
    }

    /// <summary>gVisor needs its dedicated node group: labelled and tainted kaws.io/sandbox=gvisor, the RuntimeClass's scheduling.</summary>
    private static void CheckGvisorNodeGroup(ConfigReader read, StackConfig config)
    {
        if (config.Gvisor && !config.NodeGroups.Any(IsGvisorNodeGroup))
        {
            throw read.Error("gvisor", "expected a nodeGroups entry with label kaws.io/sandbox: gvisor and taint kaws.io/sandbox=gvisor:NoSchedule when gvisor is true");
        }
    }

    /// <summary>The node group that runs sandboxed pods: its label and NoSchedule taint match the gvisor RuntimeClass.</summary>
    public static bool IsGvisorNodeGroup(NodeGroupConfig group) =>
        group.Labels.TryGetValue(Kaws.Kubernetes.Baseline.InClusterBaseline.SandboxKey, out var value) && value == Kaws.Kubernetes.Baseline.InClusterBaseline.SandboxValue
        && group.Taints.Any(taint => taint.Key == Kaws.Kubernetes.Baseline.InClusterBaseline.SandboxKey && taint.Value == Kaws.Kubernetes.Baseline.InClusterBaseline.SandboxValue && taint.Effect == "NoSchedule");

    private static Kaws.Operations.EncryptionKeyRotationStage RotationStage(ConfigReader read, string key)
    {
        var text = read.String(key, "none", name => Kaws.Operations.EncryptionKeyRotation.TryParse(name, out _), "one of " + string.Join(", ", Kaws.Operations.EncryptionKeyRotation.StageNames));
        Kaws.Operations.EncryptionKeyRotation.TryParse(text, out var stage);
        return stage;
    }

    /// <summary>A rotation stage must follow the last applied one (no skipping), and only keys kaws holds rotate this way.</summary>
    private static void CheckEncryptionKeyRotation(ConfigReader read, StackConfig config)
    {
        var rotating = config.EncryptionKeyRotation != Kaws.Operations.EncryptionKeyRotationStage.None
            || config.EncryptionKeyRotationApplied != Kaws.Operations.EncryptionKeyRotationStage.None;
        if (config.EncryptionProvider == "kms" && rotating)
        {
            throw read.Error("encryptionKeyRotation", "with encryptionProvider kms the data keys rotate in KMS; expected none");
        }

        var problem = Kaws.Operations.EncryptionKeyRotation.TransitionProblem(config.EncryptionKeyRotationApplied, config.EncryptionKeyRotation, config.EncryptionKeyGeneration);
        if (problem is not null)
        {
            throw read.Error("encryptionKeyRotation", problem);
        }
    }

    /// <summary>The Kubernetes settings are validated where they are defined; their first problem is reported against its stack key.</summary>
    private static void CheckBootSettings(ConfigReader read, StackConfig config)
    {
        var problem = Cluster.BootSettingsFactory.For(config).Validate().FirstOrDefault();
        if (problem is not null)
        {
            var separator = problem.IndexOf(": ", StringComparison.Ordinal);
            var key = problem[..separator];
            throw read.Error(key == Kaws.Kubernetes.Boot.BootSettingKeys.Region ? "aws:region" : key, problem[(separator + 2)..]);
        }
    }

    /// <summary>A leaf may not outlive its CA, and early renewal must leave it some life.</summary>
    private static void CheckCertificateLifetimes(ConfigReader read, StackConfig config)
    {
        if (config.CertValidityHours > config.CaValidityHours)
        {
            throw read.Error("certValidityHours", $"{config.CertValidityHours} exceeds caValidityHours {config.CaValidityHours} (a leaf cannot outlive its CA)");
        }

        if (config.AdminCertValidityHours > config.CaValidityHours)
        {
            throw read.Error("adminCertValidityHours", $"{config.AdminCertValidityHours} exceeds caValidityHours {config.CaValidityHours} (a leaf cannot outlive its CA)");
        }

        if (config.CertEarlyRenewalHours >= config.CertValidityHours)
        {
            throw read.Error("certEarlyRenewalHours", $"expected less than certValidityHours {config.CertValidityHours}, got {config.CertEarlyRenewalHours} (every pulumi up would re-issue every certificate)");
        }

        var problem = Kaws.Pki.CaRotationTransition.Check(
            new Kaws.Pki.CaGenerations(config.CaGenerationApplied, config.CaRotationApplied),
            new Kaws.Pki.CaGenerations(config.CaGeneration, config.CaRotation));
        if (problem is not null)
        {
            throw read.Error("caRotation", problem);
        }
    }

    private static Kaws.Pki.CaRotationStage RotationStage(ConfigReader read, string key, Kaws.Pki.CaRotationStage fallback)
    {
        var text = read.String(key, Kaws.Pki.CaRotationStageNames.NameOf(fallback));
        return Kaws.Pki.CaRotationStageNames.TryParse(text, out var stage)
            ? stage
            : throw read.Error(key, $"expected {Kaws.Pki.CaRotationStageNames.Expected}, got '{text}'");
    }

    private static void CheckOpenToWorld(ConfigReader read, string key, ImmutableArray<string> cidrs, bool allowed, string overrideKey)
    {
        var world = cidrs.FirstOrDefault(cidr => Cidr.Parse(cidr).IsEverywhere);
        if (world is not null && !allowed)
        {
            throw read.Error(key, $"{world} opens this to the whole internet; set kaws:{overrideKey} to true if you really mean it");
        }
    }

    /// <summary>The load balancer, the bastion and the VPC are IPv4-only, so an IPv6 range could never match.</summary>
    private static void CheckIpv4(ConfigReader read, string key, ImmutableArray<string> cidrs)
    {
        var ipv6 = cidrs.FirstOrDefault(cidr => !Cidr.Parse(cidr).IsIPv4);
        if (ipv6 is not null)
        {
            throw read.Error(key, $"expected IPv4 CIDR blocks (the load balancer and bastion are IPv4-only), got '{ipv6}'");
        }

        // Each range becomes a rule named after it, so a repeat is a mistake, not a second rule.
        var repeated = cidrs.GroupBy(cidr => cidr, StringComparer.Ordinal).FirstOrDefault(same => same.Count() > 1);
        if (repeated is not null)
        {
            throw read.Error(key, $"'{repeated.Key}' is listed twice");
        }
    }

    private static string CidrKey(ConfigReader read, string key, string fallback, int widest, int narrowest)
    {
        var text = read.String(key, fallback);
        if (!Cidr.TryParse(text, out var cidr) || !cidr!.IsIPv4)
        {
            throw read.Error(key, $"expected an IPv4 CIDR block like {fallback} (host bits zero), got '{text}'");
        }

        if (cidr.PrefixLength < widest || cidr.PrefixLength > narrowest)
        {
            throw read.Error(key, $"expected a prefix from /{widest} to /{narrowest}, got '{text}'");
        }

        return text;
    }

    private static ImmutableArray<NodeGroupConfig> NodeGroups(ConfigReader read, ImmutableArray<NodeGroupConfig> fallback)
    {
        const string key = "nodeGroups";
        using var document = read.Json(key, JsonValueKind.Array, "a list of node groups");
        if (document is null)
        {
            return fallback;
        }

        var groups = ImmutableArray.CreateBuilder<NodeGroupConfig>();
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            groups.Add(NodeGroup(read, $"{key}[{index}]", item));
            index++;
        }

        if (groups.Count == 0)
        {
            throw read.Error(key, "expected at least one node group");
        }

        var duplicate = groups.GroupBy(group => group.Name).FirstOrDefault(same => same.Count() > 1);
        if (duplicate is not null)
        {
            throw read.Error(key, $"node group name '{duplicate.Key}' is used twice");
        }

        return groups.ToImmutable();
    }

    private static readonly string[] NodeGroupFields = ["name", "instanceType", "min", "desired", "max", "labels", "taints"];

    private static NodeGroupConfig NodeGroup(ConfigReader read, string key, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw read.Error(key, $"expected an object with {string.Join(", ", NodeGroupFields)}, got {item.GetRawText()}");
        }

        foreach (var field in item.EnumerateObject().Where(field => !NodeGroupFields.Contains(field.Name)))
        {
            throw read.Error($"{key}.{field.Name}", $"unknown field{Kaws.Core.NearestName.Hint(field.Name, NodeGroupFields)}");
        }

        var name = Text(read, item, key, "name");
        if (!GroupNameShape().IsMatch(name))
        {
            throw read.Error($"{key}.name", $"expected lower-case letters, digits and '-' (at most 20), got '{name}'");
        }

        var instanceType = Text(read, item, key, "instanceType");
        if (!InstanceTypeShape().IsMatch(instanceType))
        {
            throw read.Error($"{key}.instanceType", $"expected an EC2 instance type like m7i.large, got '{instanceType}'");
        }

        var min = Number(read, item, key, "min");
        var max = Number(read, item, key, "max");
        var desired = item.TryGetProperty("desired", out _) ? Number(read, item, key, "desired") : min;
        if (min > max)
        {
            throw read.Error($"{key}.min", $"min {min} is greater than max {max}");
        }

        if (desired < min || desired > max)
        {
            throw read.Error($"{key}.desired", $"desired {desired} is outside min..max ({min}..{max})");
        }

        var labels = item.TryGetProperty("labels", out var labelElement) && labelElement.ValueKind == JsonValueKind.Object
            ? read.StringMap($"{key}.labels", labelElement)
            : ImmutableSortedDictionary<string, string>.Empty;
        foreach (var (label, value) in labels)
        {
            if (Kaws.Kubernetes.Boot.NodeRegistrationRules.LabelProblem(label, value) is { } problem)
            {
                throw read.Error($"{key}.labels", problem);
            }
        }

        var taints = Taints(read, item, key);
        for (var taint = 0; taint < taints.Length; taint++)
        {
            var setting = new Kaws.Kubernetes.Boot.NodeTaintSetting(taints[taint].Key, taints[taint].Value, taints[taint].Effect);
            if (Kaws.Kubernetes.Boot.NodeRegistrationRules.TaintProblem(setting) is { } problem)
            {
                throw read.Error($"{key}.taints[{taint}]", problem);
            }
        }

        return new NodeGroupConfig(name, instanceType, min, desired, max, labels, taints);
    }

    private static ImmutableArray<NodeTaint> Taints(ConfigReader read, JsonElement item, string key)
    {
        if (!item.TryGetProperty("taints", out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw read.Error($"{key}.taints", $"expected a list of {{key, value, effect}}, got {list.GetRawText()}");
        }

        var taints = ImmutableArray.CreateBuilder<NodeTaint>();
        var index = 0;
        foreach (var taint in list.EnumerateArray())
        {
            var at = $"{key}.taints[{index++}]";
            if (taint.ValueKind != JsonValueKind.Object)
            {
                throw read.Error(at, $"expected {{key, value, effect}}, got {taint.GetRawText()}");
            }

            var effect = Text(read, taint, at, "effect");
            if (effect is not ("NoSchedule" or "PreferNoSchedule" or "NoExecute"))
            {
                throw read.Error($"{at}.effect", $"expected NoSchedule, PreferNoSchedule or NoExecute, got '{effect}'");
            }

            var value = taint.TryGetProperty("value", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString()! : "";
            taints.Add(new NodeTaint(Text(read, taint, at, "key"), value, effect));
        }

        return taints.ToImmutable();
    }

    private static string Text(ConfigReader read, JsonElement item, string key, string field)
    {
        if (!item.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
        {
            throw read.Error($"{key}.{field}", "expected a non-empty string");
        }

        return value.GetString()!;
    }

    private static int Number(ConfigReader read, JsonElement item, string key, string field)
    {
        if (item.TryGetProperty(field, out var value))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number is >= 0 and <= 1000)
            {
                return number;
            }

            if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) && number <= 1000)
            {
                return number;
            }
        }

        throw read.Error($"{key}.{field}", $"expected an integer from 0 to 1000{(item.TryGetProperty(field, out var got) ? $", got {got.GetRawText()}" : "")}");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,30}[a-z0-9]$")]
    private static partial Regex ClusterNameShape();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?$")]
    private static partial Regex GroupNameShape();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\.[a-z0-9]+$")]
    private static partial Regex InstanceTypeShape();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")]
    private static partial Regex DomainShape();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex NamespaceShape();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$")]
    private static partial Regex RegistryPrefixShape();
}
