using System.Text.RegularExpressions;

namespace Kaws.Core;

/// <summary>
/// A component: a named group of resources with a type token <c>kaws:&lt;module&gt;:&lt;Name&gt;</c>.
/// The YAML runtime cannot declare components, so the tree shows in resource names and in <c>plan</c>.
/// </summary>
public abstract partial class ComponentResource : Construct
{
    protected ComponentResource(Construct scope, string id, string type)
        : base(scope, id)
    {
        if (!TypeShape().IsMatch(type))
        {
            throw new ArgumentException($"'{type}' is not a component type token like kaws:network:Network", nameof(type));
        }

        Type = type;
    }

    public string Type { get; }

    [GeneratedRegex("^kaws:[a-z][a-zA-Z0-9]*:[A-Z][A-Za-z0-9]*$")]
    private static partial Regex TypeShape();
}
