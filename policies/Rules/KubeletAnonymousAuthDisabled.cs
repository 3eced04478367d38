namespace Kaws.Policies;

/// <summary>The kubelet API (exec, logs, pod list) answers only authenticated callers.</summary>
public sealed class KubeletAnonymousAuthDisabled() : KubeletConfigurationRule(
    "kubelet-anonymous-auth-disabled",
    "Kubelets set authentication.anonymous.enabled false.",
    EnforcementLevel.Mandatory)
{
    protected override IEnumerable<string> CheckDocument(PolicyValue kubelet)
    {
        var value = kubelet.At("authentication", "anonymous", "enabled");
        if (value.IsUnknown || value.Flag is not false)
        {
            yield return $"authentication.anonymous.enabled is {value.Describe()}, expected false";
        }
    }
}
