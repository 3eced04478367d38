namespace Kaws.Policies;

/// <summary>No role is ever granted to unauthenticated callers.</summary>
public sealed class NoAnonymousBindings() : ResourceRule(
    "no-anonymous-bindings",
    "No RoleBinding or ClusterRoleBinding has the subject system:anonymous or system:unauthenticated.",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        if (resource.Type is not (ResourceTypes.RoleBinding or ResourceTypes.ClusterRoleBinding))
        {
            yield break;
        }

        var subjects = resource.Properties["subjects"].Items;
        for (var index = 0; index < subjects.Count; index++)
        {
            if (subjects[index]["name"].Text is "system:anonymous" or "system:unauthenticated")
            {
                yield return $"subjects[{index}] grants {resource.Properties.At("roleRef", "name").Describe()} to {subjects[index]["name"].Text}";
            }
        }
    }
}
