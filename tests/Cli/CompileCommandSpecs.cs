using System.Text.Json;
using Kaws.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Cli;

public sealed class CompileCommandSpecs
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void The_compiled_program_matches_its_golden_file(string stack)
    {
        Golden.Verify($"program.{stack}", KawsRun.Compile(stack));
    }

    [Fact]
    public void Two_compiles_give_identical_bytes()
    {
        Assert.Equal(KawsRun.Compile("prod"), KawsRun.Compile("prod"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void The_engine_environment_and_the_stack_file_give_the_same_program(string stack)
    {
        var environment = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = stack,
            ["PULUMI_PROJECT"] = "kaws",
            ["PULUMI_ROOT_DIRECTORY"] = RepositoryRoot.Find(),
            ["PULUMI_CONFIG"] = EngineConfigFromStackFile(stack),
        };

        var fromEngine = KawsRun.Invoke(["compile"], environment, Path.GetTempPath());

        Assert.Equal(0, fromEngine.ExitCode);
        Assert.Equal(KawsRun.Compile(stack), fromEngine.Out);
    }

    [Fact]
    public void Without_a_stack_it_compiles_a_program_with_the_same_packages_and_resource_types()
    {
        var discovery = KawsRun.Invoke(["compile"]);

        Assert.Equal(0, discovery.ExitCode);
        // prod has no in-cluster baseline (internal API), dev has one: discovery covers both.
        var stackTypes = TypesOf(KawsRun.Compile("prod"));
        stackTypes.UnionWith(TypesOf(KawsRun.Compile("dev")));
        Assert.Equal(stackTypes, TypesOf(discovery.Out));
        Assert.Equal(VersionsOf(KawsRun.Compile("dev")), VersionsOf(discovery.Out));
    }

    [Fact]
    public void Bad_config_from_the_engine_is_one_line_on_stderr_exit_2_and_no_program()
    {
        var environment = new Dictionary<string, string>
        {
            ["PULUMI_STACK"] = "dev",
            ["PULUMI_CONFIG"] = """{"kaws:azCount":"nine"}""",
        };

        var result = KawsRun.Invoke(["compile"], environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("kaws: error: PULUMI_CONFIG: kaws:azCount: expected an integer from 1 to 6, got 'nine'\n", result.Error);
    }

    [Fact]
    public void An_unknown_stack_is_a_usage_error()
    {
        var result = KawsRun.Invoke(["compile", "--stack", "nope"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("kaws: error: Pulumi.nope.yaml: (file): no such stack file", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("compile --help")]
    [InlineData("plan --help")]
    public void Help_is_available_everywhere(string args)
    {
        var result = KawsRun.Invoke(args.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("plan")]
    [InlineData("compile --stak dev")]
    public void A_bad_command_line_exits_2_with_one_line(string args)
    {
        var result = KawsRun.Invoke(args.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("kaws: error: ", result.Error);
    }

    /// <summary>PULUMI_CONFIG as the engine builds it: fully qualified keys, all values strings, objects JSON-encoded.</summary>
    private static string EngineConfigFromStackFile(string stack)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), $"Pulumi.{stack}.yaml"))));
        var config = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("config")];
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in config.Children)
        {
            values[((YamlScalarNode)key).Value!] = value is YamlScalarNode scalar ? scalar.Value! : JsonSerializer.Serialize(ToPlain(value));
        }

        return JsonSerializer.Serialize(values);
    }

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => ToPlain(entry.Value)),
        YamlSequenceNode list => list.Children.Select(ToPlain).ToList(),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, out var number) => number,
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };

    private static SortedSet<string> TypesOf(string program) =>
        new(((YamlMappingNode)Yaml.Root(program).At("resources")).Children.Values.Select(resource => resource.Text("type")), StringComparer.Ordinal);

    private static SortedDictionary<string, string> VersionsOf(string program)
    {
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in ((YamlMappingNode)Yaml.Root(program).At("resources")).Children.Values)
        {
            var type = resource.Text("type");
            var package = type.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? type["pulumi:providers:".Length..] : type[..type.IndexOf(':', StringComparison.Ordinal)];
            versions[package] = resource.Text("options", "version");
        }

        return versions;
    }
}
