using System.Collections.Immutable;

namespace Kaws.Policies;

/// <summary>Every rule's verdict for one stack, in rule-name order.</summary>
public sealed record PolicyReport(ImmutableArray<RuleVerdict> Verdicts)
{
    /// <summary>False when any mandatory rule is violated: `kaws plan` then exits non-zero.</summary>
    public bool Passed => !Verdicts.Any(verdict => verdict.Level == EnforcementLevel.Mandatory && !verdict.Passed);

    /// <summary>The process exit code `kaws plan` should use for this report: 0 passed, 1 blocked.</summary>
    public int ExitCode => Passed ? 0 : 1;

    public IEnumerable<(PolicyRule Rule, PolicyViolation Violation)> MandatoryViolations =>
        Verdicts.Where(verdict => verdict.Level == EnforcementLevel.Mandatory)
            .SelectMany(verdict => verdict.Violations.Select(violation => (verdict.Rule, violation)));

    public RuleVerdict this[string rule] => Verdicts.Single(verdict => verdict.Rule.Name == rule);

    /// <summary>The names of the rules with violations (any level), for tests and summaries.</summary>
    public IEnumerable<string> ViolatedRules => Verdicts.Where(verdict => !verdict.Passed).Select(verdict => verdict.Rule.Name);

    public string ToText() => PolicyReportText.Render(this);

    public string ToJson() => PolicyReportJson.Render(this);
}
