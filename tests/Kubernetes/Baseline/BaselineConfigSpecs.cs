using Kaws.Tests.Support;

namespace Kaws.Tests.Kubernetes.Baseline;

/// <summary>Bad baseline config: one line naming the key and what was expected, exit 2, no program.</summary>
public sealed class BaselineConfigSpecs
{
    public static TheoryData<string, string> BadConfigs => new()
    {
        { """{"kaws:imageAllowlistEnabled":"true","kaws:imageAllowlist":"[]"}""", "kaws:imageAllowlist: expected at least one registry when imageAllowlistEnabled is true" },
        { """{"kaws:imageAllowlist":"[\"https://registry.k8s.io\"]"}""", "kaws:imageAllowlist: expected registry prefixes like registry.k8s.io or quay.io/tigera, got 'https://registry.k8s.io'" },
        { """{"kaws:imageAllowlist":"[\"*\"]"}""", "kaws:imageAllowlist: expected registry prefixes like registry.k8s.io or quay.io/tigera, got '*'" },
        { """{"kaws:extraNamespaces":"[\"Payments\"]"}""", "kaws:extraNamespaces: expected DNS labels (lower-case letters, digits and '-', at most 63), got 'Payments'" },
        { """{"kaws:extraNamespaces":"[\"pay_ments\"]"}""", "kaws:extraNamespaces: expected DNS labels (lower-case letters, digits and '-', at most 63), got 'pay_ments'" },
        { """{"kaws:extraNamespaces":"[\"kube-public\"]"}""", "kaws:extraNamespaces: 'kube-public' is a namespace Kubernetes or Calico owns; expected a namespace of your own" },
        { """{"kaws:extraNamespaces":"[\"workloads\"]"}""", "kaws:extraNamespaces: 'workloads' is listed twice or is already managed (kaws-system, workloads)" },
        { """{"kaws:inClusterBaseline":"maybe"}""", "kaws:inClusterBaseline: expected one of auto, on, off, got 'maybe'" },
        { """{"kaws:gvisor":"true"}""", "kaws:gvisor: expected a nodeGroups entry with label kaws.io/sandbox: gvisor and taint kaws.io/sandbox=gvisor:NoSchedule when gvisor is true" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void Bad_baseline_config_is_one_line_exit_2_and_no_program(string config, string message)
    {
        var result = KawsRun.Invoke(["compile"], new Dictionary<string, string> { ["PULUMI_STACK"] = "dev", ["PULUMI_CONFIG"] = config });

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"kaws: error: PULUMI_CONFIG: {message}\n", result.Error);
    }
}
