namespace Kaws.Policies;

/// <summary>
/// The break-glass admin certificate cannot be revoked (Kubernetes has no CRL), so it must expire soon.
/// It is recognised by name: a tls LocallySignedCert whose logical name has "admin" as one of its
/// dash-separated words (kaws names it &lt;cluster path&gt;-admin-cert).
/// </summary>
public sealed class AdminCertLifetime() : ResourceRule(
    "admin-cert-lifetime",
    "The break-glass admin certificate (a tls LocallySignedCert named *-admin-*) is valid for at most kaws:adminCertMaxHours hours (default 24).",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        if (resource.Type != ResourceTypes.LocallySignedCert || !IsAdminCertificate(resource.Name))
        {
            yield break;
        }

        var hours = resource.Properties["validityPeriodHours"];
        if (hours.IsUnknown || hours.Number is not { } value || value > settings.AdminCertMaxHours)
        {
            yield return $"validityPeriodHours is {hours.Describe()}, expected at most {settings.AdminCertMaxHours} ({PolicySettings.AdminCertMaxHoursKey})";
        }
    }

    public static bool IsAdminCertificate(string name) => name.Split('-').Contains("admin");
}
