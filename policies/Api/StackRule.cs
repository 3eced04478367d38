namespace Kaws.Policies;

/// <summary>A rule that sees every resource of the stack at once (the engine's AnalyzeStack).</summary>
public abstract class StackRule(string name, string description, EnforcementLevel defaultLevel)
    : PolicyRule(name, description, defaultLevel)
{
    public abstract IEnumerable<PolicyViolation> Check(IReadOnlyList<PolicyResource> resources, PolicySettings settings);
}
