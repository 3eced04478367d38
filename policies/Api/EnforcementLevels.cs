namespace Kaws.Policies;

/// <summary>The spelling of enforcement levels in config and reports: advisory, mandatory, disabled.</summary>
public static class EnforcementLevels
{
    public static string Name(EnforcementLevel level) => level switch
    {
        EnforcementLevel.Advisory => "advisory",
        EnforcementLevel.Mandatory => "mandatory",
        EnforcementLevel.Disabled => "disabled",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not an enforcement level"),
    };

    public static bool TryParse(string text, out EnforcementLevel level)
    {
        switch (text)
        {
            case "advisory":
                level = EnforcementLevel.Advisory;
                return true;
            case "mandatory":
                level = EnforcementLevel.Mandatory;
                return true;
            case "disabled":
                level = EnforcementLevel.Disabled;
                return true;
            default:
                level = default;
                return false;
        }
    }
}
