namespace Kaws.Policies;

/// <summary>
/// A component's extraArgs from a kubeadm ClusterConfiguration: v1beta4 writes a list of {name, value},
/// v1beta3 a map. Either way the result maps flag name to value (the last one wins for a repeated name).
/// </summary>
public static class KubeadmArgs
{
    public static IReadOnlyDictionary<string, PolicyValue> Read(PolicyValue extraArgs)
    {
        var flags = new Dictionary<string, PolicyValue>(StringComparer.Ordinal);
        if (extraArgs.Revealed is PolicyList)
        {
            foreach (var item in extraArgs.Items)
            {
                if (item["name"].Text is { } name)
                {
                    flags[name] = item["value"];
                }
            }
        }
        else
        {
            foreach (var (name, value) in extraArgs.Entries)
            {
                flags[name] = value;
            }
        }

        return flags;
    }

    /// <summary>The comma-separated items of a flag's value, or null when the value is not known text.</summary>
    public static IReadOnlyList<string>? Items(PolicyValue value) =>
        value.IsUnknown || value.Text is not { } text
            ? null
            : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
