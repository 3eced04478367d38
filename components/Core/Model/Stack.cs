using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>The root of a component tree: what one stack deploys, and the outputs it exports.</summary>
public sealed class Stack : Construct
{
    private readonly SortedDictionary<string, Value> outputs = new(StringComparer.Ordinal);

    public Stack(string name)
    {
        StackName = name;
    }

    public string StackName { get; }

    public IReadOnlyDictionary<string, Value> Outputs => outputs;

    public void Export(string name, Value value)
    {
        if (!outputs.TryAdd(name, value))
        {
            throw new ArgumentException($"stack output '{name}' is exported twice", nameof(name));
        }
    }

    public IEnumerable<CustomResource> Resources => Descendants().OfType<CustomResource>();

    public ImmutableArray<ComponentResource> Components => [.. Descendants().OfType<ComponentResource>()];

    /// <summary>Freezes the tree: compilation must see the tree it was given.</summary>
    public void Freeze() => FreezeTree();
}
