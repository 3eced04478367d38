namespace Kaws.Core;

/// <summary>A mapping. Keys are kept sorted (ordinal), so the emitted program has one canonical form.</summary>
public sealed record MapValue : Value
{
    public static readonly MapValue Empty = new(SortedMap<Value>.Empty);

    public MapValue(IEnumerable<KeyValuePair<string, Value>> entries)
        : this(SortedMap<Value>.From(entries))
    {
    }

    private MapValue(SortedMap<Value> entries) => Entries = entries;

    public SortedMap<Value> Entries { get; }

    public Value? this[string key] => Entries.TryGetValue(key, out var value) ? value : null;

    public override IEnumerable<Value> Children => Entries.Values;

    public MapValue With(string key, Value value) => new(Entries.SetItem(key, value));

    public bool Equals(MapValue? other) =>
        other is not null && Entries.Count == other.Entries.Count &&
        Entries.All(entry => other.Entries.TryGetValue(entry.Key, out var theirs) && entry.Value.Equals(theirs));

    public override int GetHashCode() => Entries.Count;
}
