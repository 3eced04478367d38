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
    /// One token scan over the document finds the name, the version, the provider and where each
    /// entry of the resources, types and functions sections lies; entries are parsed only when a
    /// compile asks for them (see <see cref="LazyShapeSection"/>).
    /// </summary>
    public static PackageSchema Read(ReadOnlyMemory<byte> json)
    {
        var sections = new Dictionary<string, Dictionary<string, Range>>(StringComparer.Ordinal);
        string? name = null;
        string? version = null;
        Range? provider = null;
        try
        {
            var reader = new Utf8JsonReader(json.Span);
            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                switch (key)
                {
                    case "name":
                        name = reader.GetString();
                        break;
                    case "version":
                        version = reader.GetString();
                        break;
                    case "provider":
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        provider = start..(int)reader.BytesConsumed;
                        break;
                    case "resources" or "types" or "functions" when reader.TokenType == JsonTokenType.StartObject:
                        sections[key] = Entries(ref reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (InvalidOperationException error)
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

    /// <summary>Reads a section object's entries, leaving each value unparsed: token to where its JSON lies.</summary>
    private static Dictionary<string, Range> Entries(ref Utf8JsonReader reader)
    {
        var entries = new Dictionary<string, Range>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var token = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            entries[token] = start..(int)reader.BytesConsumed;
        }

        return entries;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (!reader.Read() || reader.TokenType != token)
        {
            throw new JsonException($"a package schema is a JSON object, found {reader.TokenType}");
        }
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
