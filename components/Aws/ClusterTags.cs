using Kaws.Core;

namespace Kaws.Aws;

/// <summary>
/// The tags every AWS resource of a cluster carries: a readable Name, the cluster it belongs to,
/// and the ownership tag the Kubernetes AWS cloud provider looks for.
/// </summary>
public static class ClusterTags
{
    public static InputMap<string> For(string clusterName, string name, IReadOnlyDictionary<string, string>? extra = null)
    {
        var tags = new Dictionary<string, string>
        {
            ["Name"] = $"{clusterName}-{name}",
            ["kaws:cluster"] = clusterName,
            [$"kubernetes.io/cluster/{clusterName}"] = "owned",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            tags[key] = value;
        }

        return tags;
    }
}
