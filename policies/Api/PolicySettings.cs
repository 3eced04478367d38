using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Kaws.Core;

namespace Kaws.Policies;

/// <summary>
/// What one stack asks of the pack: per-rule levels (<c>kaws:policyOverrides</c>, a map rule-name → level)
/// and the break-glass admin certificate's longest validity (<c>kaws:adminCertMaxHours</c>, default 24).
/// </summary>
public sealed record PolicySettings
{
    public const string OverridesKey = "kaws:policyOverrides";
    public const string AdminCertMaxHoursKey = "kaws:adminCertMaxHours";
    public const int DefaultAdminCertMaxHours = 24;

    /// <summary>The stack's explicit SSH override: with it true, no-world-ssh reports (advisory) instead of failing.</summary>
    public const string AllowSshFromAnywhereKey = "kaws:allowSshFromAnywhere";

    public static readonly PolicySettings Default = new();

    /// <summary>Levels that replace a rule's default, by rule name.</summary>
    public ImmutableSortedDictionary<string, EnforcementLevel> Levels { get; init; } =
        ImmutableSortedDictionary<string, EnforcementLevel>.Empty.WithComparers(StringComparer.Ordinal);

    public int AdminCertMaxHours { get; init; } = DefaultAdminCertMaxHours;

    public EnforcementLevel LevelOf(PolicyRule rule) => Levels.TryGetValue(rule.Name, out var level) ? level : rule.DefaultLevel;

    /// <summary>A copy with one rule's level set; the rule must exist in the kaws pack.</summary>
    public PolicySettings WithLevel(string rule, EnforcementLevel level, string where = OverridesKey)
    {
        if (KawsPolicyPack.Find(rule) is null)
        {
            throw new PolicyConfigException(
                $"{where}: '{rule}' is not a kaws policy{NearestName.Hint(rule, KawsPolicyPack.Rules.Select(known => known.Name))}; see docs/policies.md for the list");
        }

        return this with { Levels = Levels.SetItem(rule, level) };
    }

    /// <summary>
    /// Reads the stack config as the engine hands it over (PULUMI_CONFIG, ConfigureStack) and as
    /// <c>kaws plan</c> reads it from Pulumi.&lt;stack&gt;.yaml: fully qualified keys, every value a string,
    /// maps JSON-encoded. Keys other than the three above are ignored; an explicit policyOverrides entry wins.
    /// </summary>
    public static PolicySettings FromStackConfig(IReadOnlyDictionary<string, string> config)
    {
        var settings = Default;

        // The override key is the stack owner's recorded decision; the rule still reports every world-open SSH rule.
        if (config.TryGetValue(AllowSshFromAnywhereKey, out var allowSsh) && allowSsh.Trim() == "true")
        {
            settings = settings.WithLevel("no-world-ssh", EnforcementLevel.Advisory, AllowSshFromAnywhereKey);
        }

        if (config.TryGetValue(OverridesKey, out var overrides) && !string.IsNullOrWhiteSpace(overrides))
        {
            foreach (var (rule, level) in ParseOverrides(overrides))
            {
                settings = settings.WithLevel(rule, level);
            }
        }

        if (config.TryGetValue(AdminCertMaxHoursKey, out var hours) && !string.IsNullOrWhiteSpace(hours))
        {
            if (!int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                throw new PolicyConfigException($"{AdminCertMaxHoursKey}: expected a whole number of hours of at least 1, got '{hours}'");
            }

            settings = settings with { AdminCertMaxHours = parsed };
        }

        return settings;
    }

    /// <summary>Reads PULUMI_CONFIG (a JSON object of strings); null or empty means no config.</summary>
    public static PolicySettings FromPulumiConfigJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Default;
        }

        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyConfigException("PULUMI_CONFIG: expected a JSON object of config keys to strings");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                config[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : property.Value.GetRawText();
            }
        }
        catch (JsonException)
        {
            throw new PolicyConfigException("PULUMI_CONFIG: not valid JSON (expected an object of config keys to strings)");
        }

        return FromStackConfig(config);
    }

    private static IEnumerable<(string Rule, EnforcementLevel Level)> ParseOverrides(string json)
    {
        const string expected = "expected a map of policy name to advisory, mandatory or disabled";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new PolicyConfigException($"{OverridesKey}: {expected}, got text that is not a map");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyConfigException($"{OverridesKey}: {expected}, got a {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            var result = new List<(string, EnforcementLevel)>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                if (!EnforcementLevels.TryParse(text, out var level))
                {
                    throw new PolicyConfigException($"{OverridesKey}.{property.Name}: expected advisory, mandatory or disabled, got '{text}'");
                }

                result.Add((property.Name, level));
            }

            return result;
        }
    }
}
