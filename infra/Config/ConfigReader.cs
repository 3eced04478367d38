using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Kaws.Core;
using Kaws.Network;

namespace Kaws.Infra.Config;

/// <summary>
/// Typed reads of raw config values, each failing with the key and what was expected. Remembers
/// which keys it was asked for, so any other <c>kaws:</c> key can be reported as unknown.
/// </summary>
internal sealed class ConfigReader(RawStackConfig raw)
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public string Source => raw.Source;

    public ConfigException Error(string key, string problem) => new(raw.Source, Qualified(key), problem);

    public string String(string key, string fallback, Func<string, bool>? valid = null, string? expected = null)
    {
        var text = Text(key);
        if (text is null)
        {
            return fallback;
        }

        if (valid is not null && !valid(text))
        {
            throw Error(key, $"expected {expected}, got '{text}'");
        }

        return text;
    }

    public int Int(string key, int fallback, int min, int max)
    {
        var text = Text(key);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw Error(key, $"expected an integer from {min} to {max}, got '{text}'");
        }

        return number;
    }

    /// <summary>An integer key without a default: null when the stack does not set it.</summary>
    public int? OptionalInt(string key, int min, int max) => Text(key) is null ? null : Int(key, min, min, max);

    public bool Bool(string key, bool fallback)
    {
        var text = Text(key);
        return text switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => throw Error(key, $"expected true or false, got '{text}'"),
        };
    }

    public T Enum<T>(string key, T fallback)
        where T : struct, System.Enum
    {
        var text = Text(key);
        if (text is null)
        {
            return fallback;
        }

        var names = System.Enum.GetNames<T>().Select(name => name.ToLowerInvariant()).ToList();
        if (!names.Contains(text))
        {
            throw Error(key, $"expected one of {string.Join(", ", names)}, got '{text}'");
        }

        return System.Enum.Parse<T>(text, ignoreCase: true);
    }

    public ImmutableArray<string> StringList(string key, ImmutableArray<string> fallback)
    {
        using var document = Json(key, JsonValueKind.Array, "a list of strings");
        if (document is null)
        {
            return fallback;
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Error(key, $"expected a list of strings, got an item {item.GetRawText()}");
            }

            items.Add(item.GetString()!);
        }

        return items.ToImmutable();
    }

    public ImmutableArray<string> CidrList(string key, ImmutableArray<string> fallback)
    {
        var items = StringList(key, fallback);
        foreach (var item in items)
        {
            if (!Cidr.TryParse(item, out _))
            {
                throw Error(key, $"expected CIDR blocks like 203.0.113.0/24, got '{item}'");
            }
        }

        return items;
    }

    public ImmutableSortedDictionary<string, string> StringMap(string key)
    {
        using var document = Json(key, JsonValueKind.Object, "a map of strings");
        if (document is null)
        {
            return ImmutableSortedDictionary<string, string>.Empty;
        }

        return StringMap(key, document.RootElement);
    }

    public ImmutableSortedDictionary<string, string> StringMap(string key, JsonElement element)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var entry in element.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw Error(key, $"expected '{entry.Name}' to be a string, got {entry.Value.GetRawText()}");
            }

            map[entry.Name] = entry.Value.GetString()!;
        }

        return map.ToImmutable();
    }

    /// <summary>A structured value (list or object), or null when the key is not set.</summary>
    public JsonDocument? Json(string key, JsonValueKind kind, string expected)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            throw Error(key, $"expected {expected}, got '{text}'");
        }

        if (document.RootElement.ValueKind != kind)
        {
            document.Dispose();
            throw Error(key, $"expected {expected}, got '{text}'");
        }

        return document;
    }

    /// <summary>Reports the first <c>kaws:</c> key nobody asked for, with the nearest known key.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in raw.Values.Keys.Where(key => key.StartsWith(StackConfigSource.Project + ":", StringComparison.Ordinal)))
        {
            var bare = key[(StackConfigSource.Project.Length + 1)..];
            if (!known.Contains(bare))
            {
                var hint = NearestName.Find(bare, known) is { } near ? $" (did you mean '{StackConfigSource.Project}:{near}'?)" : "";
                throw new ConfigException(raw.Source, key, $"unknown key{hint}");
            }
        }
    }

    public IReadOnlyCollection<string> KnownKeys => known;

    public string? RawValue(string qualifiedKey) => raw.Values.GetValueOrDefault(qualifiedKey);

    private string? Text(string key)
    {
        known.Add(key);
        return raw.Values.GetValueOrDefault(Qualified(key));
    }

    private static string Qualified(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{StackConfigSource.Project}:{key}";
}
