using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Kaws.Core;

/// <summary>
/// One section of a package schema ("resources", "types", "functions") as a dictionary of shapes
/// that finds each entry's JSON once (a token scan, no allocation per value) and parses an entry
/// only when it is first asked for. Loading every shape up front was most of a compile's run time.
/// </summary>
public sealed class LazyShapeSection : IReadOnlyDictionary<string, ObjectShape>
{
    private readonly ReadOnlyMemory<byte> json;
    private readonly Func<JsonElement, ObjectShape> read;
    private readonly Lazy<Dictionary<string, Range>> entries;
    private readonly Dictionary<string, ObjectShape> parsed = new(StringComparer.Ordinal);

    /// <param name="json">The section's object, <c>{ "token": {...}, ... }</c>; empty for a missing section.</param>
    /// <param name="read">Turns one entry's value into a shape.</param>
    public LazyShapeSection(ReadOnlyMemory<byte> json, Func<JsonElement, ObjectShape> read)
    {
        this.json = json;
        this.read = read;
        entries = new Lazy<Dictionary<string, Range>>(Index, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int Count => entries.Value.Count;

    public IEnumerable<string> Keys => entries.Value.Keys;

    public IEnumerable<ObjectShape> Values => Keys.Select(key => this[key]);

    public ObjectShape this[string key] =>
        TryGetValue(key, out var shape) ? shape : throw new KeyNotFoundException($"'{key}' is not in the schema section");

    public bool ContainsKey(string key) => entries.Value.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ObjectShape value)
    {
        if (!entries.Value.TryGetValue(key, out var range))
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

    private Dictionary<string, Range> Index()
    {
        var index = new Dictionary<string, Range>(StringComparer.Ordinal);
        if (json.IsEmpty)
        {
            return index;
        }

        var reader = new Utf8JsonReader(json.Span);
        reader.Read(); // the section's StartObject
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            index[name] = start..(int)reader.BytesConsumed;
        }

        return index;
    }
}
