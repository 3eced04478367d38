using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>The inputs of a resource, function or object type: its properties and which are required.</summary>
public sealed record ObjectShape(
    ImmutableSortedDictionary<string, PropertyShape> Properties,
    ImmutableSortedSet<string> Required)
{
    public static readonly ObjectShape Empty = new(
        ImmutableSortedDictionary<string, PropertyShape>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal));
}
