using System.Collections.Immutable;

namespace Kaws.Core;

public sealed record ListValue(ImmutableArray<Value> Items) : Value
{
    public ListValue(IEnumerable<Value> items) : this(items.ToImmutableArray())
    {
    }

    public override IEnumerable<Value> Children => Items;

    // Records compare arrays by reference; programs are compared structurally in tests and caches.
    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}
