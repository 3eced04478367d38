using Kaws.Core;
using Kaws.Policies;

namespace Kaws.Tests.Policies;

/// <summary>
/// One line for a spec that a compiled stack passes every mandatory rule:
/// <c>PolicyAssert.PassesMandatoryRules(program, stackConfig)</c>. On failure it prints the report.
/// </summary>
public static class PolicyAssert
{
    public static PolicyReport PassesMandatoryRules(CompiledProgram program, IReadOnlyDictionary<string, string>? stackConfig = null)
    {
        var report = PolicyEngine.Evaluate(program, stackConfig);
        Assert.True(report.Passed, $"stack '{program.StackName}' violates mandatory policies:\n{report.ToText()}");
        return report;
    }
}
