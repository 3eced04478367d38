using Kaws.Infra.Cluster;
using Kaws.Infra.Config;
using Kaws.Pki;

namespace Kaws.Infra.Cli;

/// <summary>
/// plan's certificate lifecycle warnings: certificates whose configured validity falls inside the
/// kaws:certificateExpiryWarningDays window (they expire unless pulumi up runs that often). The CA
/// rotation stage is shown in the Operations section (<see cref="CaRotationStatus"/>).
/// </summary>
public static class CertificateWarnings
{
    public static IEnumerable<string> For(StackConfig config)
    {
        var plan = CertificatePlan.For(ClusterStack.PkiSettings(config));
        var windowHours = config.CertificateExpiryWarningDays * 24;
        foreach (var authority in plan.Authorities.Where(authority => authority.ValidityHours <= windowHours))
        {
            yield return $"certificate {authority.Id} is valid for {authority.ValidityHours}h, within the {config.CertificateExpiryWarningDays}-day expiry warning window (kaws:caValidityHours); a CA is only replaced by a rotation";
        }

        // The break-glass certificate is short-lived on purpose; it is not a lifecycle risk.
        foreach (var leaf in plan.Certificates.Where(leaf => leaf.Name != CertificatePlan.BreakGlassName && leaf.ValidityHours <= windowHours))
        {
            yield return $"certificate {leaf.Name} is valid for {leaf.ValidityHours}h, within the {config.CertificateExpiryWarningDays}-day expiry warning window (kaws:certValidityHours): run pulumi up at least every {Math.Max(1, leaf.ValidityHours - leaf.EarlyRenewalHours)}h or it expires";
        }
    }
}
