using System.Text.Json;
using Kaws.Core;
using Kaws.Tests.Support;

namespace Kaws.Tests.Core;

/// <summary>The vendored schemas are read lazily; every entry must still be there and read as the JSON says.</summary>
public sealed class LazyShapeSectionSpecs
{
    [Theory]
    [InlineData("aws")]
    [InlineData("kubernetes")]
    [InlineData("random")]
    [InlineData("tls")]
    public void Every_entry_of_a_vendored_schema_is_found_and_reads_its_properties(string package)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "components/Providers/schema", $"{package}.json")));
        var root = document.RootElement;
        var schema = SchemaCatalog.Default.Packages[package];

        Assert.Equal(package, schema.Name);
        Assert.Equal(root.GetProperty("version").GetString(), schema.Version);
        AssertSection(root, "resources", "inputProperties", schema.Resources);
        AssertSection(root, "resources", "properties", schema.ResourceOutputs);
        AssertSection(root, "types", "properties", schema.Types);
    }

    [Fact]
    public void An_unknown_token_is_not_found_and_indexing_it_names_it()
    {
        var resources = SchemaCatalog.Default.Packages["aws"].Resources;

        Assert.False(resources.ContainsKey("aws:ec2/vpc:Vpcc"));
        Assert.False(resources.TryGetValue("aws:ec2/vpc:Vpcc", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => resources["aws:ec2/vpc:Vpcc"]);
        Assert.Contains("aws:ec2/vpc:Vpcc", error.Message);
    }

    [Fact]
    public void Every_kind_of_property_reads_with_its_flags_items_and_requirements()
    {
        var schema = PackageSchemaReader.Read("""
            {"name": "demo", "version": "1.2.3",
             "provider": {"inputProperties": {"region": {"type": "string"}}, "requiredInputs": ["region"]},
             "resources": {"demo:index/box:Box": {
               "inputProperties": {
                 "name": {"type": "string", "const": "fixed"},
                 "size": {"type": "integer"}, "ratio": {"type": "number"}, "on": {"type": "boolean"},
                 "key": {"type": "string", "secret": true},
                 "ports": {"type": "array", "items": {"type": "integer"}},
                 "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                 "settings": {"$ref": "#/types/demo:index%2FSettings:Settings"},
                 "any": {"$ref": "pulumi.json#/Any"}, "loose": {}},
               "requiredInputs": ["size", "name", "size"],
               "properties": {"arn": {"type": "string"}}, "required": ["arn"]}},
             "functions": {"demo:index/get:get": {"inputs": {"properties": {"id": {"type": "string"}}}}}}
            """u8.ToArray());
        var box = schema.Resources["demo:index/box:Box"];

        Assert.Equal(new PropertyShape(PropertyKind.String, Const: "fixed"), box.Properties["name"]);
        Assert.Equal(new PropertyShape(PropertyKind.Integer), box.Properties["size"]);
        Assert.Equal(new PropertyShape(PropertyKind.Number), box.Properties["ratio"]);
        Assert.Equal(new PropertyShape(PropertyKind.Boolean), box.Properties["on"]);
        Assert.Equal(new PropertyShape(PropertyKind.String, Secret: true), box.Properties["key"]);
        Assert.Equal(new PropertyShape(PropertyKind.Array, Items: new PropertyShape(PropertyKind.Integer)), box.Properties["ports"]);
        Assert.Equal(new PropertyShape(PropertyKind.Map, Items: new PropertyShape(PropertyKind.String)), box.Properties["labels"]);
        Assert.Equal(new PropertyShape(PropertyKind.Object, TypeReference: "demo:index/Settings:Settings"), box.Properties["settings"]);
        Assert.Equal(new PropertyShape(PropertyKind.Any), box.Properties["any"]);
        Assert.Equal(new PropertyShape(PropertyKind.Any), box.Properties["loose"]);
        Assert.Equal(["name", "size"], box.Required.AsEnumerable());
        Assert.Equal(["arn"], schema.ResourceOutputs["demo:index/box:Box"].Required.AsEnumerable());
        Assert.Equal(["region"], schema.Provider.Required.AsEnumerable());
        Assert.Equal(["id"], schema.FunctionInputs["demo:index/get:get"].Properties.Keys);
        Assert.Same(ObjectShape.Empty, schema.FunctionOutputs["demo:index/get:get"]);
    }

    [Fact]
    public void A_schema_without_sections_has_empty_ones()
    {
        var schema = PackageSchemaReader.Read("""{"name":"empty","version":"1.0.0"}"""u8.ToArray());

        Assert.Equal(("empty", "1.0.0"), (schema.Name, schema.Version));
        Assert.Empty(schema.Resources);
        Assert.Empty(schema.Types);
        Assert.Empty(schema.FunctionInputs);
        Assert.Same(ObjectShape.Empty, schema.Provider);
    }

    private static void AssertSection(JsonElement root, string section, string propertiesKey, IReadOnlyDictionary<string, ObjectShape> shapes)
    {
        var entries = root.TryGetProperty(section, out var json) ? json.EnumerateObject().ToList() : [];
        Assert.Equal(entries.Count, shapes.Count);
        foreach (var entry in entries)
        {
            Assert.True(shapes.TryGetValue(entry.Name, out var shape), $"{section}: {entry.Name} is missing");
            var expected = entry.Value.TryGetProperty(propertiesKey, out var properties)
                ? properties.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ToList()
                : new List<string>();
            Assert.Equal(expected, shape!.Properties.Keys);
        }
    }
}
