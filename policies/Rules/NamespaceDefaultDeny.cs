namespace Kaws.Policies;

/// <summary>
/// Every namespace kaws manages starts closed: a NetworkPolicy that selects every pod ({} podSelector),
/// names both Ingress and Egress and allows nothing. Workloads then open exactly what they need.
/// </summary>
public sealed class NamespaceDefaultDeny() : StackRule(
    "namespace-default-deny",
    "Every namespace labelled app.kubernetes.io/managed-by=kaws has a default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules).",
    EnforcementLevel.Mandatory)
{
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";

    public override IEnumerable<PolicyViolation> Check(IReadOnlyList<PolicyResource> resources, PolicySettings settings)
    {
        var denials = resources
            .Where(resource => resource.Type == ResourceTypes.NetworkPolicy && DeniesEverything(resource.Properties["spec"]))
            .ToList();
        foreach (var ns in resources.Where(IsManagedNamespace))
        {
            if (!denials.Any(policy => InNamespace(policy.Properties.At("metadata", "namespace"), ns)))
            {
                yield return PolicyViolation.Of(ns, "has no default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress, Egress], no ingress or egress rules)");
            }
        }
    }

    private static bool IsManagedNamespace(PolicyResource resource) =>
        resource.Type == ResourceTypes.Namespace && resource.Properties.At("metadata", "labels", ManagedByLabel).Is("kaws");

    private static bool DeniesEverything(PolicyValue spec)
    {
        var selector = spec["podSelector"];
        var selectsAll = !selector.IsUnknown && selector.Revealed is PolicyMap &&
            !selector["matchLabels"].Entries.Any() &&
            selector["matchExpressions"].Items.Count == 0;
        var types = spec["policyTypes"].Items.Select(type => type.Text).ToList();
        return selectsAll &&
            types.Contains("Ingress") && types.Contains("Egress") &&
            NoRules(spec["ingress"]) && NoRules(spec["egress"]);
    }

    private static bool NoRules(PolicyValue rules) => rules.IsNull || (rules.Revealed is PolicyList && rules.Items.Count == 0);

    private static bool InNamespace(PolicyValue policyNamespace, PolicyResource ns)
    {
        if (policyNamespace.Revealed is PolicyUnknown unknown)
        {
            return unknown.Sources.IsEmpty || ns.IsSourceOf(policyNamespace);
        }

        return policyNamespace.Text is { } name && ns.Properties.At("metadata", "name").Text == name;
    }
}
