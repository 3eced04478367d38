using System.Collections.Immutable;
using Kaws.Core;

namespace Kaws.Compute;

/// <summary>
/// What must exist before an instance of a group boots: the SSM parameters its boot script reads and every
/// policy of its own role. Without these dependencies the engine may launch instances in parallel with the
/// parameters and policies, and the first boot fails with ParameterNotFound or AccessDenied.
/// </summary>
public static class BootPrerequisiteSet
{
    public static ImmutableArray<CustomResource> Of(InstanceRole identity, ImmutableArray<CustomResource> parameters) =>
    [
        .. parameters.IsDefault ? [] : parameters,
        .. identity.Descendants().OfType<CustomResource>().Where(resource => resource != identity.Profile && resource != identity.Role),
    ];
}
