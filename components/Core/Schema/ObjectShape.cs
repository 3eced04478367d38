using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>The inputs of a resource, function or object type: its properties and which are required (sorted by name).</summary>
public sealed record ObjectShape(SortedMap<PropertyShape> Properties, ImmutableArray<string> Required)
{
    public static readonly ObjectShape Empty = new(SortedMap<PropertyShape>.Empty, []);
}
