using System.Text.RegularExpressions;

namespace Kaws.Policies;

/// <summary>
/// One security rule. Rules read provider-level properties (aws/kubernetes/tls schema names), never kaws's
/// C# classes, so the same rule runs on the compiled program and on what the engine sends.
/// </summary>
public abstract partial class PolicyRule
{
    protected PolicyRule(string name, string description, EnforcementLevel defaultLevel)
    {
        if (!NameShape().IsMatch(name))
        {
            throw new ArgumentException($"policy name '{name}' is not kebab-case", nameof(name));
        }

        Name = name;
        Description = description;
        DefaultLevel = defaultLevel;
    }

    /// <summary>The kebab-case name used in reports, diagnostics and <c>kaws:policyOverrides</c>.</summary>
    public string Name { get; }

    /// <summary>One sentence: what the rule requires.</summary>
    public string Description { get; }

    public EnforcementLevel DefaultLevel { get; }

    public override string ToString() => Name;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NameShape();
}
