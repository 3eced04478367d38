namespace Kaws.Policies;

/// <summary>The kubelet asks the apiserver (SubjectAccessReview) before serving a request.</summary>
public sealed class KubeletWebhookAuthorization() : KubeletConfigurationRule(
    "kubelet-webhook-authorization",
    "Kubelets set authorization.mode Webhook.",
    EnforcementLevel.Mandatory)
{
    protected override IEnumerable<string> CheckDocument(PolicyValue kubelet)
    {
        var value = kubelet.At("authorization", "mode");
        if (!value.Is("Webhook"))
        {
            yield return $"authorization.mode is {value.Describe()}, expected \"Webhook\"";
        }
    }
}
