using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kaws.Infra.Config;

/// <summary>Reads stack config from the engine's environment or from a <c>Pulumi.&lt;stack&gt;.yaml</c> file.</summary>
public static class StackConfigSource
{
    public const string Project = "kaws";

    /// <summary>PULUMI_STACK + PULUMI_CONFIG as the engine sets them, or null when the engine set no stack.</summary>
    public static RawStackConfig? FromEnvironment(Func<string, string?> environment)
    {
        var stack = environment("PULUMI_STACK");
        if (string.IsNullOrEmpty(stack))
        {
            return null;
        }

        var json = environment("PULUMI_CONFIG");
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(json))
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                foreach (var entry in document.RootElement.EnumerateObject())
                {
                    values[entry.Name] = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : entry.Value.GetRawText();
                }
            }
            catch (Exception error) when (error is JsonException or InvalidOperationException)
            {
                throw new ConfigException("PULUMI_CONFIG", "(all keys)", "expected a JSON object of config keys to strings");
            }
        }

        return new RawStackConfig(stack, "PULUMI_CONFIG", values.ToImmutable());
    }

    /// <summary>Reads <c>Pulumi.&lt;stack&gt;.yaml</c> in <paramref name="projectDirectory"/> the way the engine would pass it on.</summary>
    public static RawStackConfig FromStackFile(string projectDirectory, string stack)
    {
        var fileName = $"Pulumi.{stack}.yaml";
        var path = Path.Combine(projectDirectory, fileName);
        if (!File.Exists(path))
        {
            throw new ConfigException(fileName, "(file)", $"no such stack file in {projectDirectory}");
        }

        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            yaml.Load(reader);
        }
        catch (YamlException error)
        {
            throw new ConfigException(fileName, "(file)", $"not valid YAML at line {error.Start.Line}: {error.Message}");
        }

        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new RawStackConfig(stack, fileName, values.ToImmutable());
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode))
        {
            return new RawStackConfig(stack, fileName, values.ToImmutable());
        }

        if (configNode is not YamlMappingNode config)
        {
            throw new ConfigException(fileName, "config", "expected a mapping of config keys");
        }

        foreach (var (keyNode, valueNode) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var qualified = key.Contains(':', StringComparison.Ordinal) ? key : $"{Project}:{key}";
            if (valueNode is YamlMappingNode secure && secure.Children.ContainsKey(new YamlScalarNode("secure")))
            {
                continue; // encrypted: only the engine can read it, and kaws compiles without secrets
            }

            values[qualified] = valueNode is YamlScalarNode scalar ? scalar.Value ?? "" : ToJson(valueNode);
        }

        return new RawStackConfig(stack, fileName, values.ToImmutable());
    }

    /// <summary>JSON-encodes an object or list value, as the engine does before handing it over.</summary>
    private static string ToJson(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (text is "true" or "false")
            {
                writer.WriteBooleanValue(text == "true");
                return;
            }

            if (text is "null" or "~" or "")
            {
                writer.WriteNullValue();
                return;
            }

            if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumberValue(number);
                return;
            }
        }

        writer.WriteStringValue(text);
    }
}
