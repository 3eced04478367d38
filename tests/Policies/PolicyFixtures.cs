using System.Collections.Immutable;
using System.Globalization;
using Kaws.Policies;

namespace Kaws.Tests.Policies;

/// <summary>Edits a fixture stack: set a nested property, drop a resource, add one.</summary>
public static class PolicyFixtures
{
    /// <summary>Sets the property at a path ("metadataOptions.httpTokens", "blockDeviceMappings.0.ebs.encrypted").</summary>
    public static ImmutableArray<PolicyResource> Set(this ImmutableArray<PolicyResource> resources, string name, string path, PolicyValue value)
    {
        var target = resources.Single(resource => resource.Name == name);
        var updated = target with { Properties = SetAt(target.Properties, path.Split('.'), value) };
        return resources.Replace(target, updated);
    }

    public static ImmutableArray<PolicyResource> Without(this ImmutableArray<PolicyResource> resources, string name) =>
        resources.Remove(resources.Single(resource => resource.Name == name));

    public static ImmutableArray<PolicyResource> With(this ImmutableArray<PolicyResource> resources, PolicyResource resource) =>
        resources.Add(resource);

    private static PolicyValue SetAt(PolicyValue node, ReadOnlySpan<string> path, PolicyValue value)
    {
        if (path.IsEmpty)
        {
            return value;
        }

        var key = path[0];
        if (node is PolicyList list && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return new PolicyList(list.Elements.SetItem(index, SetAt(list.Elements[index], path[1..], value)));
        }

        var map = node as PolicyMap ?? PolicyMap.Empty;
        return map.With(key, SetAt(map.Members.GetValueOrDefault(key) ?? PolicyValue.Null, path[1..], value));
    }
}
