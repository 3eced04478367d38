using System.Collections.Immutable;
using Kaws.Core;

namespace Kaws.Policies;

/// <summary>
/// Runs the kaws rules. Offline (<c>kaws plan</c>) every rule sees the compiled program; the analyzer
/// plugin runs the resource rules per Analyze call and the stack rules per AnalyzeStack call.
/// Rules only read; nothing here changes the program.
/// </summary>
public static class PolicyEngine
{
    /// <summary>Every rule over a whole stack: resource rules on each resource, stack rules on all.</summary>
    public static PolicyReport Evaluate(IReadOnlyList<PolicyResource> resources, PolicySettings settings)
    {
        var verdicts = KawsPolicyPack.Rules.Select(rule =>
        {
            var level = settings.LevelOf(rule);
            if (level == EnforcementLevel.Disabled)
            {
                return new RuleVerdict(rule, level, []);
            }

            var violations = rule switch
            {
                ResourceRule resourceRule => resources.SelectMany(resource => Check(resourceRule, resource, settings)),
                StackRule stackRule => stackRule.Check(resources, settings),
                _ => [],
            };
            return new RuleVerdict(rule, level, Sorted(violations));
        });
        return new PolicyReport([.. verdicts]);
    }

    /// <summary>
    /// The one-liner for a compiled program: reads the policy settings from the stack config (fully
    /// qualified keys, string values, as in PULUMI_CONFIG) and evaluates every rule.
    /// Throws <see cref="PolicyConfigException"/> for bad kaws:policyOverrides / kaws:adminCertMaxHours.
    /// </summary>
    public static PolicyReport Evaluate(CompiledProgram program, IReadOnlyDictionary<string, string>? stackConfig = null)
    {
        var config = stackConfig ?? new Dictionary<string, string>();
        return Evaluate(ProgramResources.From(program, config), PolicySettings.FromStackConfig(config));
    }

    /// <summary>The resource rules (not disabled) on one resource, with their effective levels: the analyzer's Analyze.</summary>
    public static IEnumerable<(PolicyRule Rule, EnforcementLevel Level, PolicyViolation Violation)> CheckResource(
        PolicyResource resource, PolicySettings settings) =>
        KawsPolicyPack.Rules.OfType<ResourceRule>()
            .Where(rule => settings.LevelOf(rule) != EnforcementLevel.Disabled)
            .SelectMany(rule => Check(rule, resource, settings).Select(violation => ((PolicyRule)rule, settings.LevelOf(rule), violation)));

    /// <summary>The stack rules (not disabled) over all resources: the analyzer's AnalyzeStack.</summary>
    public static IEnumerable<(PolicyRule Rule, EnforcementLevel Level, PolicyViolation Violation)> CheckStack(
        IReadOnlyList<PolicyResource> resources, PolicySettings settings) =>
        KawsPolicyPack.Rules.OfType<StackRule>()
            .Where(rule => settings.LevelOf(rule) != EnforcementLevel.Disabled)
            .SelectMany(rule => Sorted(rule.Check(resources, settings)).Select(violation => ((PolicyRule)rule, settings.LevelOf(rule), violation)));

    private static IEnumerable<PolicyViolation> Check(ResourceRule rule, PolicyResource resource, PolicySettings settings) =>
        rule.Check(resource, settings).Select(message => PolicyViolation.Of(resource, message));

    private static ImmutableArray<PolicyViolation> Sorted(IEnumerable<PolicyViolation> violations) =>
        [.. violations.Distinct()
            .OrderBy(violation => violation.ResourceName, StringComparer.Ordinal)
            .ThenBy(violation => violation.Message, StringComparer.Ordinal)];
}
