namespace Kaws.Policies;

/// <summary>A rule that sees one resource at a time (the engine's Analyze: a resource's inputs).</summary>
public abstract class ResourceRule(string name, string description, EnforcementLevel defaultLevel)
    : PolicyRule(name, description, defaultLevel)
{
    /// <summary>The violations of this resource, one message each; nothing when it complies or does not apply.</summary>
    public abstract IEnumerable<string> Check(PolicyResource resource, PolicySettings settings);
}
