namespace Kaws.Policies;

/// <summary>One finding: which resource (logical name, and URN when the engine gave one) and what is wrong.</summary>
public sealed record PolicyViolation(string ResourceName, string? Urn, string Message)
{
    public static PolicyViolation Of(PolicyResource resource, string message) => new(resource.Name, resource.Urn, message);
}
