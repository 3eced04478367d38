using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Infra.Config;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Pki;

/// <summary>Compiles a stack from inline config (as a stack file would give it) for the PKI specs.</summary>
internal static class PkiPrograms
{
    public static RawStackConfig Raw(params (string Key, string Value)[] values) =>
        new("dev", "Pulumi.dev.yaml", values.ToImmutableSortedDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));

    public static string Text(params (string Key, string Value)[] values) =>
        ProgramWriter.Write(StackCompiler.Compile(Raw(values)).Program);

    public static YamlMappingNode Program(params (string Key, string Value)[] values) => Yaml.Root(Text(values));

    public static YamlMappingNode Resources(this YamlMappingNode program) => (YamlMappingNode)program.At("resources");

    /// <summary>Resources by name whose type is <paramref name="type"/>.</summary>
    public static SortedDictionary<string, YamlMappingNode> OfType(this YamlMappingNode program, string type) =>
        new(program.Resources().Children
            .Where(entry => ((YamlMappingNode)entry.Value).Text("type") == type)
            .ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => (YamlMappingNode)entry.Value), StringComparer.Ordinal);

    public static YamlMappingNode Resource(this YamlMappingNode program, string name) => (YamlMappingNode)program.Resources().At(name);

    public static List<string> Strings(this YamlNode node, params object[] path) =>
        [.. ((YamlSequenceNode)node.At(path)).Children.Select(item => ((YamlScalarNode)item).Value!)];

    /// <summary>The SSM parameters by their SSM name.</summary>
    public static SortedDictionary<string, YamlMappingNode> Parameters(this YamlMappingNode program) =>
        new(program.OfType("aws:ssm/parameter:Parameter").Values.ToDictionary(parameter => parameter.Text("properties", "name")), StringComparer.Ordinal);
}
