using System.Text.Json;

namespace Kaws.Core;

/// <summary>Reads the pruned Pulumi package schema format (see components/Providers/schema/README.md).</summary>
public static class PackageSchemaReader
{
    public static PackageSchema Read(Stream json)
    {
        if (json.CanSeek)
        {
            var bytes = new byte[json.Length - json.Position];
            json.ReadExactly(bytes);
            return Read(bytes);
        }

        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return Read(buffer.ToArray());
    }

    /// <summary>
    /// One scan over the document finds the name, the version, the provider and where each entry of the
    /// resources, types and functions sections lies (<see cref="JsonMemberScanner"/>); entries are parsed
    /// only when a compile asks for them (see <see cref="LazyShapeSection"/>).
    /// </summary>
    public static PackageSchema Read(ReadOnlyMemory<byte> json)
    {
        var sections = new Dictionary<string, Dictionary<string, Range>>(StringComparer.Ordinal);
        string? name = null;
        string? version = null;
        Range? provider = null;
        try
        {
            foreach (var (key, value) in JsonMemberScanner.Members(json.Span, ..))
            {
                switch (key)
                {
                    case "name":
                        name = Text(json.Span[value]);
                        break;
                    case "version":
                        version = Text(json.Span[value]);
                        break;
                    case "provider":
                        provider = value;
                        break;
                    case "resources" or "types" or "functions" when json.Span[value.Start] == (byte)'{':
                        sections[key] = Index(JsonMemberScanner.Members(json.Span, value));
                        break;
                }
            }
        }
        catch (JsonException error)
        {
            throw new JsonException($"not a package schema: {error.Message}", error);
        }

        LazyShapeSection Section(string key, Func<JsonElement, ObjectShape> read) =>
            new(json, sections.TryGetValue(key, out var entries) ? entries : [], read);

        return new PackageSchema(
            name ?? throw new JsonException("the package schema has no 'name'"),
            version ?? throw new JsonException("the package schema has no 'version'"),
            provider is { } range ? Inputs(Parse(json[range])) : ObjectShape.Empty,
            Section("resources", Inputs),
            Section("resources", Outputs),
            Section("types", Shape),
            Section("functions", element => element.TryGetProperty("inputs", out var inputs) ? Shape(inputs) : ObjectShape.Empty),
            Section("functions", element => element.TryGetProperty("outputs", out var outputs) ? Shape(outputs) : ObjectShape.Empty));
    }

    /// <summary>A section's entries by token (a token given twice: the last one counts, as JSON readers do).</summary>
    private static Dictionary<string, Range> Index(List<KeyValuePair<string, Range>> members)
    {
        var entries = new Dictionary<string, Range>(members.Count, StringComparer.Ordinal);
        foreach (var (token, range) in members)
        {
            entries[token] = range;
        }

        return entries;
    }

    /// <summary>A JSON string value's text.</summary>
    private static string? Text(ReadOnlySpan<byte> value)
    {
        var reader = new Utf8JsonReader(value);
        return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    private static JsonElement Parse(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static ObjectShape Inputs(JsonElement element) => Object(element, "inputProperties", "requiredInputs");

    private static ObjectShape Outputs(JsonElement element) => Object(element, "properties", "required");

    private static ObjectShape Shape(JsonElement element) => Object(element, "properties", "required");

    private static ObjectShape Object(JsonElement element, string propertiesKey, string requiredKey)
    {
        var properties = new List<KeyValuePair<string, PropertyShape>>();
        if (element.TryGetProperty(propertiesKey, out var list))
        {
            foreach (var property in list.EnumerateObject())
            {
                properties.Add(KeyValuePair.Create(property.Name, Property(property.Value)));
            }
        }

        var required = new List<string>();
        if (element.TryGetProperty(requiredKey, out var names))
        {
            foreach (var name in names.EnumerateArray())
            {
                required.Add(name.GetString()!);
            }
        }

        return new ObjectShape(SortedMap<PropertyShape>.From(properties), [.. required.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static PropertyShape Property(JsonElement element)
    {
        var secret = element.TryGetProperty("secret", out var flag) && flag.ValueKind == JsonValueKind.True;
        var constant = element.TryGetProperty("const", out var fixedValue) ? fixedValue.ToString() : null;
        if (element.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            return target.StartsWith("#/types/", StringComparison.Ordinal)
                ? new PropertyShape(PropertyKind.Object, TypeReference: Uri.UnescapeDataString(target["#/types/".Length..]), Secret: secret)
                : new PropertyShape(PropertyKind.Any, Secret: secret);
        }

        var kind = element.TryGetProperty("type", out var type) ? type.GetString() : null;
        return kind switch
        {
            "string" => new PropertyShape(PropertyKind.String, Secret: secret, Const: constant),
            "integer" => new PropertyShape(PropertyKind.Integer, Secret: secret),
            "number" => new PropertyShape(PropertyKind.Number, Secret: secret),
            "boolean" => new PropertyShape(PropertyKind.Boolean, Secret: secret),
            "array" => new PropertyShape(PropertyKind.Array, Items: element.TryGetProperty("items", out var items) ? Property(items) : null, Secret: secret),
            "object" => new PropertyShape(PropertyKind.Map, Items: element.TryGetProperty("additionalProperties", out var values) ? Property(values) : null, Secret: secret),
            _ => new PropertyShape(PropertyKind.Any, Secret: secret),
        };
    }
}
