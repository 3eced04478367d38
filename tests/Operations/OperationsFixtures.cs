using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Infra.Config;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Operations;

/// <summary>The dev stack with extra config, compiled to program text, and the parts of a program the specs read.</summary>
internal static class OperationsFixtures
{
    public static RawStackConfig Dev(params (string Key, string Value)[] extra)
    {
        var raw = StackConfigSource.FromStackFile(RepositoryRoot.Find(), "dev");
        return raw with { Values = raw.Values.SetItems(extra.Select(pair => KeyValuePair.Create(pair.Key, pair.Value))) };
    }

    public static (string Key, string Value)[] Rotation(int generation, string stage, string applied) =>
    [
        ("kaws:encryptionKeyGeneration", generation.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("kaws:encryptionKeyRotation", stage),
        ("kaws:encryptionKeyRotationApplied", applied),
    ];

    public static string Program(RawStackConfig raw) => ProgramWriter.Write(StackCompiler.Compile(raw).Program);

    public static YamlMappingNode Resources(string program) => (YamlMappingNode)Yaml.Root(program).At("resources");

    public static ImmutableSortedSet<string> ResourceNames(string program) =>
        Resources(program).Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToImmutableSortedSet(StringComparer.Ordinal);

    public static YamlNode Resource(string program, string name) => Resources(program).At(name);

    /// <summary>The program text of the resources whose names start with <paramref name="prefix"/> (the writer sorts them).</summary>
    public static string ResourceText(string program, string prefix)
    {
        var lines = program.Split('\n');
        var kept = new List<string>();
        var inside = false;
        foreach (var line in lines)
        {
            if (line.Length > 2 && line.StartsWith("  ", StringComparison.Ordinal) && line[2] != ' ')
            {
                inside = line.StartsWith("  " + prefix, StringComparison.Ordinal);
            }
            else if (line.Length > 0 && line[0] != ' ')
            {
                inside = false;
            }

            if (inside)
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept) + "\n";
    }
}
