using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kaws.Kubernetes.Boot;

/// <summary>
/// Small constructors for the YAML node trees the boot documents are built from. Strings stay strings
/// (the writer quotes them when YAML would read another type); numbers and booleans are typed.
/// </summary>
public static class BootYaml
{
    /// <summary>A mapping in the given key order; entries whose value is null are left out.</summary>
    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                map.Add(new YamlScalarNode(key), value);
            }
        }

        return map;
    }

    public static YamlSequenceNode Seq(IEnumerable<YamlNode> items) => new(items);

    public static YamlSequenceNode Seq(params YamlNode[] items) => new(items);

    public static YamlSequenceNode Strings(IEnumerable<string> items) => new(items.Select(Str));

    public static YamlScalarNode Str(string value) => new(value) { Style = ScalarStyle.Any };

    /// <summary>A string always written in double quotes: placeholders whose boot-time value (base64, a token) must stay a string.</summary>
    public static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    public static YamlScalarNode Int(long value) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    public static YamlScalarNode Bool(bool value) => new(value ? "true" : "false") { Style = ScalarStyle.Plain };

    /// <summary>The kubeadm v1beta4 argument list: <c>[{name, value}]</c> in the given order.</summary>
    public static YamlSequenceNode Args(IEnumerable<KeyValuePair<string, string>> arguments) =>
        Seq(arguments.Select(argument => Map(("name", Str(argument.Key)), ("value", Str(argument.Value)))));
}
