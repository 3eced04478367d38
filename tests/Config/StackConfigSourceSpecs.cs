using System.Text.Json;
using Kaws.Infra.Config;

namespace Kaws.Tests.Config;

public sealed class StackConfigSourceSpecs : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kaws-config-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_stack_file_reads_into_the_shape_the_engine_passes()
    {
        File.WriteAllText(Path.Combine(directory, "Pulumi.x.yaml"), """
            config:
              aws:region: eu-west-1
              kaws:azCount: 2
              kaws:apiPublic: true
              secretThing:
                secure: AAABAHxyz
              kaws:adminCidrs:
                - 10.1.0.0/16
              kaws:nodeGroups:
                - name: a
                  instanceType: t3.large
                  min: 1
                  max: "3"
            """);

        var raw = StackConfigSource.FromStackFile(directory, "x");

        Assert.Equal("Pulumi.x.yaml", raw.Source);
        Assert.Equal("eu-west-1", raw.Values["aws:region"]);
        Assert.Equal("2", raw.Values["kaws:azCount"]);
        Assert.Equal("true", raw.Values["kaws:apiPublic"]);
        Assert.Equal("""["10.1.0.0/16"]""", raw.Values["kaws:adminCidrs"]);
        Assert.Equal("""[{"name":"a","instanceType":"t3.large","min":1,"max":"3"}]""", raw.Values["kaws:nodeGroups"]);
        Assert.False(raw.Values.ContainsKey("kaws:secretThing"));
    }

    [Fact]
    public void The_engine_environment_reads_stack_and_config()
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["kaws:azCount"] = "2", ["aws:region"] = "eu-west-1" });
        var environment = new Dictionary<string, string> { ["PULUMI_STACK"] = "dev", ["PULUMI_CONFIG"] = config };

        var raw = StackConfigSource.FromEnvironment(name => environment.GetValueOrDefault(name))!;

        Assert.Equal("dev", raw.StackName);
        Assert.Equal("PULUMI_CONFIG", raw.Source);
        Assert.Equal("2", raw.Values["kaws:azCount"]);
    }

    [Fact]
    public void No_stack_in_the_environment_means_the_discovery_run()
    {
        Assert.Null(StackConfigSource.FromEnvironment(_ => null));
    }

    [Fact]
    public void Malformed_engine_config_is_a_one_line_error()
    {
        var environment = new Dictionary<string, string> { ["PULUMI_STACK"] = "dev", ["PULUMI_CONFIG"] = "{not json" };

        var error = Assert.Throws<ConfigException>(() => StackConfigSource.FromEnvironment(name => environment.GetValueOrDefault(name)));

        Assert.Equal("PULUMI_CONFIG: (all keys): expected a JSON object of config keys to strings", error.Message);
    }

    [Fact]
    public void A_missing_stack_file_is_a_one_line_error()
    {
        var error = Assert.Throws<ConfigException>(() => StackConfigSource.FromStackFile(directory, "nope"));

        Assert.StartsWith("Pulumi.nope.yaml: (file): no such stack file in ", error.Message);
    }

    [Fact]
    public void Broken_yaml_is_a_one_line_error()
    {
        File.WriteAllText(Path.Combine(directory, "Pulumi.bad.yaml"), "config:\n  kaws:azCount: [1,\n");

        var error = Assert.Throws<ConfigException>(() => StackConfigSource.FromStackFile(directory, "bad"));

        Assert.StartsWith("Pulumi.bad.yaml: (file): not valid YAML at line", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
