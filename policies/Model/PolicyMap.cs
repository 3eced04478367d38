using Kaws.Core;

namespace Kaws.Policies;

/// <summary>A map with its keys sorted (ordinal), so messages and renderings come out in one order.</summary>
public sealed record PolicyMap : PolicyValue
{
    public static readonly PolicyMap Empty = new([]);

    public PolicyMap(IEnumerable<KeyValuePair<string, PolicyValue>> members) => Members = SortedMap<PolicyValue>.From(members);

    private PolicyMap(SortedMap<PolicyValue> members) => Members = members;

    public SortedMap<PolicyValue> Members { get; }

    /// <summary>A copy with one member set, for fixtures and the adapters.</summary>
    public PolicyMap With(string key, PolicyValue value) => new(Members.SetItem(key, value));

    public bool Equals(PolicyMap? other) =>
        other is not null && Members.Count == other.Members.Count &&
        Members.All(member => other.Members.TryGetValue(member.Key, out var theirs) && member.Value.Equals(theirs));

    public override int GetHashCode() => Members.Count;
}
