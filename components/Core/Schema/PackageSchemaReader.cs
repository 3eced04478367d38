using System.Collections.Immutable;
using System.Text.Json;

namespace Kaws.Core;

/// <summary>Reads the pruned Pulumi package schema format (see components/Providers/schema/README.md).</summary>
public static class PackageSchemaReader
{
    public static PackageSchema Read(Stream json)
    {
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return Read(buffer.ToArray());
    }

    /// <summary>
    /// Finds the top-level sections with one token scan and leaves their entries unparsed until a
    /// compile asks for them (see <see cref="LazyShapeSection"/>).
    /// </summary>
    public static PackageSchema Read(ReadOnlyMemory<byte> json)
    {
        var sections = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        string? name = null;
        string? version = null;
        try
        {
            var reader = new Utf8JsonReader(json.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("a package schema is a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                switch (key)
                {
                    case "name":
                        name = reader.GetString();
                        break;
                    case "version":
                        version = reader.GetString();
                        break;
                    default:
                        reader.Skip();
                        sections[key] = json[start..(int)reader.BytesConsumed];
                        break;
                }
            }
        }
        catch (InvalidOperationException error)
        {
            throw new JsonException($"not a package schema: {error.Message}", error);
        }

        ReadOnlyMemory<byte> Section(string key) => sections.GetValueOrDefault(key);
        return new PackageSchema(
            name ?? throw new KeyNotFoundException("the package schema has no 'name'"),
            version ?? throw new KeyNotFoundException("the package schema has no 'version'"),
            sections.TryGetValue("provider", out var provider) ? Inputs(Parse(provider)) : ObjectShape.Empty,
            new LazyShapeSection(Section("resources"), Inputs),
            new LazyShapeSection(Section("resources"), Outputs),
            new LazyShapeSection(Section("types"), Shape),
            new LazyShapeSection(Section("functions"), element => element.TryGetProperty("inputs", out var inputs) ? Shape(inputs) : ObjectShape.Empty),
            new LazyShapeSection(Section("functions"), element => element.TryGetProperty("outputs", out var outputs) ? Shape(outputs) : ObjectShape.Empty));
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
        var properties = ImmutableSortedDictionary.CreateBuilder<string, PropertyShape>(StringComparer.Ordinal);
        if (element.TryGetProperty(propertiesKey, out var list))
        {
            foreach (var property in list.EnumerateObject())
            {
                properties[property.Name] = Property(property.Value);
            }
        }

        var required = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (element.TryGetProperty(requiredKey, out var names))
        {
            foreach (var name in names.EnumerateArray())
            {
                required.Add(name.GetString()!);
            }
        }

        return new ObjectShape(properties.ToImmutable(), required.ToImmutable());
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
