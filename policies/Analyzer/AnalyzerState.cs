using System.Collections.Immutable;

namespace Kaws.Policies.Analyzer;

/// <summary>
/// The policy settings in force. Precedence, lowest first: each rule's default level, the stack's
/// kaws:policyOverrides (PULUMI_CONFIG at start, then ConfigureStack), then the levels Configure sets
/// (the engine merges --policy-pack-config over the initial config this plugin reports).
/// A bad stack config is kept as an error that every analysis call reports.
/// </summary>
public sealed class AnalyzerState
{
    private readonly Lock gate = new();
    private PolicySettings stack = PolicySettings.Default;
    private ImmutableSortedDictionary<string, EnforcementLevel> configured = ImmutableSortedDictionary<string, EnforcementLevel>.Empty;
    private string? configError;

    public AnalyzerState(string? pulumiConfigJson)
    {
        try
        {
            stack = PolicySettings.FromPulumiConfigJson(pulumiConfigJson);
        }
        catch (PolicyConfigException error)
        {
            configError = error.Message;
        }
    }

    /// <summary>The settings the rules run with; throws when the stack config was bad.</summary>
    public PolicySettings Current
    {
        get
        {
            lock (gate)
            {
                if (configError is not null)
                {
                    throw new PolicyConfigException(configError);
                }

                return stack with { Levels = stack.Levels.SetItems(configured) };
            }
        }
    }

    /// <summary>The levels from stack config alone: what GetAnalyzerInfo reports as initial config.</summary>
    public PolicySettings StackSettings
    {
        get
        {
            lock (gate)
            {
                return configError is null ? stack : throw new PolicyConfigException(configError);
            }
        }
    }

    public void ConfigureStack(IReadOnlyDictionary<string, string> config)
    {
        var settings = PolicySettings.FromStackConfig(config);
        lock (gate)
        {
            stack = settings;
            configError = null;
        }
    }

    public void Configure(IReadOnlyDictionary<string, EnforcementLevel> levels)
    {
        var checkedLevels = levels.Aggregate(PolicySettings.Default, (settings, level) => settings.WithLevel(level.Key, level.Value, "policy pack config")).Levels;
        lock (gate)
        {
            configured = checkedLevels;
        }
    }
}
