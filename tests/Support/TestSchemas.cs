using System.Text;
using Kaws.Core;

namespace Kaws.Tests.Support;

/// <summary>A tiny package schema in the vendored format, so core tests do not depend on provider data.</summary>
public static class TestSchemas
{
    public const string Json = """
        {
          "name": "demo",
          "version": "1.2.3",
          "provider": { "inputProperties": { "region": { "type": "string" } } },
          "resources": {
            "demo:index/box:Box": {
              "inputProperties": {
                "name": { "type": "string" },
                "size": { "type": "integer" },
                "ratio": { "type": "number" },
                "enabled": { "type": "boolean" },
                "labels": { "type": "object", "additionalProperties": { "type": "string" } },
                "ports": { "type": "array", "items": { "type": "integer" } },
                "settings": { "$ref": "#/types/demo:index/BoxSettings:BoxSettings" },
                "anything": { "$ref": "pulumi.json#/Any" }
              },
              "requiredInputs": [ "name" ],
              "properties": { "id": { "type": "string" }, "arn": { "type": "string" } }
            }
          },
          "types": {
            "demo:index/BoxSettings:BoxSettings": {
              "type": "object",
              "properties": { "mode": { "type": "string" }, "depth": { "type": "integer" } },
              "required": [ "mode" ]
            }
          },
          "functions": {
            "demo:index/getZones:getZones": {
              "inputs": { "properties": { "state": { "type": "string" } } },
              "outputs": { "properties": { "names": { "type": "array", "items": { "type": "string" } } } }
            }
          }
        }
        """;

    public static SchemaCatalog Catalog { get; } = new([PackageSchemaReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Json)))]);
}
