using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Kaws.Core;

/// <summary>
/// One section of a package schema ("resources", "types", "functions") as a dictionary of shapes
/// over the schema's JSON: where each entry's value lies is known from the reader's one token scan,
/// and an entry is parsed only when it is first asked for. Loading every shape up front was most of
/// a compile's run time.
/// </summary>
public sealed class LazyShapeSection : IReadOnlyDictionary<string, ObjectShape>
{
    private readonly ReadOnlyMemory<byte> json;
    private readonly IReadOnlyDictionary<string, Range> entries;
    private readonly Func<JsonElement, ObjectShape> read;
    private readonly Dictionary<string, ObjectShape> parsed = new(StringComparer.Ordinal);

    /// <param name="json">The whole schema document.</param>
    /// <param name="entries">Each entry's token and where its JSON value lies in <paramref name="json"/>.</param>
    /// <param name="read">Turns one entry's value into a shape.</param>
    public LazyShapeSection(ReadOnlyMemory<byte> json, IReadOnlyDictionary<string, Range> entries, Func<JsonElement, ObjectShape> read)
    {
        this.json = json;
        this.entries = entries;
        this.read = read;
    }

    public int Count => entries.Count;

    public IEnumerable<string> Keys => entries.Keys;

    public IEnumerable<ObjectShape> Values => Keys.Select(key => this[key]);

    public ObjectShape this[string key] =>
        TryGetValue(key, out var shape) ? shape : throw new KeyNotFoundException($"'{key}' is not in the schema section");

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ObjectShape value)
    {
        if (!entries.TryGetValue(key, out var range))
        {
            value = null;
            return false;
        }

        lock (parsed)
        {
            if (!parsed.TryGetValue(key, out value))
            {
                using var document = JsonDocument.Parse(json[range]);
                value = read(document.RootElement);
                parsed[key] = value;
            }
        }

        return true;
    }

    public IEnumerator<KeyValuePair<string, ObjectShape>> GetEnumerator() =>
        Keys.Select(key => new KeyValuePair<string, ObjectShape>(key, this[key])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
