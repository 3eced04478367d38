namespace Kaws.Policies;

/// <summary>The read-only port (10255) serves pod and node data without any authentication.</summary>
public sealed class KubeletReadOnlyPortDisabled() : KubeletConfigurationRule(
    "kubelet-read-only-port-disabled",
    "Kubelets set readOnlyPort 0.",
    EnforcementLevel.Mandatory)
{
    protected override IEnumerable<string> CheckDocument(PolicyValue kubelet)
    {
        var value = kubelet["readOnlyPort"];
        if (value.IsUnknown || value.Number is not 0)
        {
            yield return $"readOnlyPort is {value.Describe()}, expected 0";
        }
    }
}
