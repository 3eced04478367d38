using System.Text;

namespace Kaws.Policies;

/// <summary>The report as `kaws plan` prints it: a summary line, one line per rule, its violations under it.</summary>
public static class PolicyReportText
{
    public static string Render(PolicyReport report)
    {
        var verdicts = report.Verdicts;
        var text = new StringBuilder();
        text.Append($"Policy pack {KawsPolicyPack.Name} {KawsPolicyPack.Version}: {verdicts.Length} rules, ")
            .Append($"{Count(report, "pass")} passed, {Count(report, "fail")} failed, {Count(report, "warn")} warned, {Count(report, "off")} disabled\n");
        foreach (var verdict in verdicts)
        {
            text.Append($"  {verdict.Status,-4}  {EnforcementLevels.Name(verdict.Level),-9}  {verdict.Rule.Name}\n");
            foreach (var violation in verdict.Violations)
            {
                text.Append($"        {violation.ResourceName}: {violation.Message}\n");
            }
        }

        var blocking = report.MandatoryViolations.Count();
        text.Append(report.Passed
            ? "Policies passed: no mandatory violation.\n"
            : $"Policies failed: {blocking} mandatory violation{(blocking == 1 ? "" : "s")}.\n");
        return text.ToString();
    }

    private static int Count(PolicyReport report, string status) => report.Verdicts.Count(verdict => verdict.Status == status);
}
