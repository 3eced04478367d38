using System.Collections.Immutable;

namespace Kaws.Policies;

/// <summary>One rule's outcome: its level after overrides and its violations (none when it passed or is disabled).</summary>
public sealed record RuleVerdict(PolicyRule Rule, EnforcementLevel Level, ImmutableArray<PolicyViolation> Violations)
{
    public bool Passed => Violations.IsEmpty;

    /// <summary>"pass", "fail" (mandatory violation), "warn" (advisory violation) or "off" (disabled).</summary>
    public string Status => Level == EnforcementLevel.Disabled ? "off" : Passed ? "pass" : Level == EnforcementLevel.Mandatory ? "fail" : "warn";
}
