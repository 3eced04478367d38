using System.Collections.Immutable;

namespace Kaws.Policies;

public sealed record PolicyList : PolicyValue
{
    public PolicyList(IEnumerable<PolicyValue> elements) => Elements = [.. elements];

    public ImmutableArray<PolicyValue> Elements { get; }

    public bool Equals(PolicyList? other) => other is not null && Elements.SequenceEqual(other.Elements);

    public override int GetHashCode() => Elements.Length;
}
