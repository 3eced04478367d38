using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>A mapping. Keys are kept sorted (ordinal), so the emitted program has one canonical form.</summary>
public sealed record MapValue : Value
{
    public static readonly MapValue Empty = new(ImmutableSortedDictionary<string, Value>.Empty.WithComparers(StringComparer.Ordinal));

    public MapValue(ImmutableSortedDictionary<string, Value> entries)
    {
        Entries = entries.KeyComparer == StringComparer.Ordinal ? entries : entries.WithComparers(StringComparer.Ordinal);
    }

    public MapValue(IEnumerable<KeyValuePair<string, Value>> entries)
        : this(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries))
    {
    }

    public ImmutableSortedDictionary<string, Value> Entries { get; }

    public Value? this[string key] => Entries.GetValueOrDefault(key);

    public override IEnumerable<Value> Children => Entries.Values;

    public MapValue With(string key, Value value) => new(Entries.SetItem(key, value));

    public bool Equals(MapValue? other) =>
        other is not null && Entries.Count == other.Entries.Count &&
        Entries.All(entry => other.Entries.TryGetValue(entry.Key, out var theirs) && entry.Value.Equals(theirs));

    public override int GetHashCode() => Entries.Count;
}
