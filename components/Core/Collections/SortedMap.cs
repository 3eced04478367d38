using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Kaws.Core;

/// <summary>
/// A read-only map sorted by key (ordinal) once, then read by binary search: the entries of a
/// <see cref="MapValue"/> and the properties of a schema shape. These maps are small, built once and
/// never changed, so two arrays beat a balanced tree, which allocated a node per entry and was a
/// tenth of a compile.
/// </summary>
public sealed class SortedMap<T> : IReadOnlyDictionary<string, T>
{
    public static readonly SortedMap<T> Empty = new([], []);

    private readonly string[] keys;
    private readonly T[] values;

    private SortedMap(string[] keys, T[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    /// <summary>Sorts the entries; a key given twice must come with equal values (then it is kept once).</summary>
    public static SortedMap<T> From(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var sorted = entries.ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        if (!IsSorted(sorted))
        {
            Array.Sort(sorted, static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        }

        var keys = new string[sorted.Length];
        var values = new T[sorted.Length];
        var count = 0;
        foreach (var (key, value) in sorted)
        {
            if (count > 0 && string.Equals(keys[count - 1], key, StringComparison.Ordinal))
            {
                if (!EqualityComparer<T>.Default.Equals(values[count - 1], value))
                {
                    throw new ArgumentException($"the key '{key}' is given twice with different values", nameof(entries));
                }

                continue;
            }

            keys[count] = key;
            values[count] = value;
            count++;
        }

        return count == keys.Length ? new SortedMap<T>(keys, values) : new SortedMap<T>(keys[..count], values[..count]);
    }

    // Generated argument records write their properties in schema-name order, so most maps arrive sorted.
    private static bool IsSorted(KeyValuePair<string, T>[] entries)
    {
        for (var index = 1; index < entries.Length; index++)
        {
            if (string.CompareOrdinal(entries[index - 1].Key, entries[index].Key) > 0)
            {
                return false;
            }
        }

        return true;
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<T> Values => values;

    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no entry '{key}'");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : default;
        return index >= 0;
    }

    /// <summary>A copy with one entry added or replaced.</summary>
    public SortedMap<T> SetItem(string key, T value)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            var replaced = (T[])values.Clone();
            replaced[index] = value;
            return new SortedMap<T>(keys, replaced);
        }

        var at = ~index;
        return new SortedMap<T>([.. keys[..at], key, .. keys[at..]], [.. values[..at], value, .. values[at..]]);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, T>> IEnumerable<KeyValuePair<string, T>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => Array.BinarySearch(keys, key, StringComparer.Ordinal);

    /// <summary>Walks the entries in key order without allocating.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, T>>
    {
        private readonly SortedMap<T> map;
        private int index;

        internal Enumerator(SortedMap<T> map)
        {
            this.map = map;
            index = -1;
        }

        public readonly KeyValuePair<string, T> Current => KeyValuePair.Create(map.keys[index], map.values[index]);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++index < map.keys.Length;

        public void Reset() => index = -1;

        public readonly void Dispose()
        {
        }
    }
}
