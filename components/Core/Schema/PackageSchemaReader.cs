using System.Collections.Immutable;
using System.Text.Json;

namespace Kaws.Core;

/// <summary>Reads the pruned Pulumi package schema format (see components/Providers/schema/README.md).</summary>
public static class PackageSchemaReader
{
    public static PackageSchema Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new PackageSchema(
            root.GetProperty("name").GetString()!,
            root.GetProperty("version").GetString()!,
            root.TryGetProperty("provider", out var provider) ? Inputs(provider) : ObjectShape.Empty,
            Section(root, "resources", Inputs),
            Section(root, "resources", Outputs),
            Section(root, "types", Shape),
            Section(root, "functions", element => element.TryGetProperty("inputs", out var inputs) ? Shape(inputs) : ObjectShape.Empty),
            Section(root, "functions", element => element.TryGetProperty("outputs", out var outputs) ? Shape(outputs) : ObjectShape.Empty));
    }

    private static ImmutableDictionary<string, ObjectShape> Section(JsonElement root, string name, Func<JsonElement, ObjectShape> read)
    {
        if (!root.TryGetProperty(name, out var section))
        {
            return ImmutableDictionary<string, ObjectShape>.Empty;
        }

        return section.EnumerateObject().ToImmutableDictionary(entry => entry.Name, entry => read(entry.Value), StringComparer.Ordinal);
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
