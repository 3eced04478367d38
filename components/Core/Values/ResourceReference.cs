using System.Text.RegularExpressions;

namespace Kaws.Core;

/// <summary>
/// <c>${name}</c> or <c>${name.path}</c>: a resource, or one of its outputs by property path
/// (<c>arn</c>, <c>subnetIds[0]</c>, <c>status.loadBalancer.ingress[0].hostname</c>).
/// </summary>
public sealed partial record ResourceReference : Value
{
    public ResourceReference(CustomResource target, string? path = null)
    {
        if (path is not null && !PathShape().IsMatch(path))
        {
            throw new ArgumentException($"'{path}' is not a property path like 'arn' or 'items[0].name'", nameof(path));
        }

        Target = target;
        Path = path;
    }

    public CustomResource Target { get; }

    public string? Path { get; }

    /// <summary>A deeper path from this one: <c>Then("ingress[0]")</c>.</summary>
    public ResourceReference Then(string path) => new(Target, Path is null ? path : $"{Path}.{path}");

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\[\d+\]|\[""[^""\]]+""\])*(\.[A-Za-z_][A-Za-z0-9_]*(\[\d+\]|\[""[^""\]]+""\])*)*$")]
    private static partial Regex PathShape();
}
