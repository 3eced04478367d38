using Kaws.Core;
using Kaws.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kaws.Tests.Core;

public sealed class ProgramWriterSpecs
{
    private static string Compile(Action<Stack> build)
    {
        var stack = new Stack("test");
        build(stack);
        return ProgramWriter.Write(ProgramCompiler.Compile(stack, TestSchemas.Catalog));
    }

    [Fact]
    public void Every_literal_dollar_is_doubled_so_the_engine_reads_it_as_text()
    {
        var yaml = Compile(stack => new TestResource(stack, "box", "demo:index/box:Box", ("name", "echo ${HOME} $1 $$")));

        Assert.Equal("echo $${HOME} $$1 $$$$", Yaml.Root(yaml).Text("resources", "box", "properties", "name"));
    }

    [Fact]
    public void Strings_that_look_like_other_types_stay_strings()
    {
        var yaml = Compile(stack => new TestResource(stack, "box", "demo:index/box:Box",
            ("name", "0600"),
            ("labels", new MapValue([KeyValuePair.Create("a", (Value)"true"), KeyValuePair.Create("b", (Value)"1.30"), KeyValuePair.Create("on", (Value)"on")]))));

        var box = Yaml.Root(yaml).At("resources", "box", "properties");
        Assert.Equal(ScalarStyle.DoubleQuoted, ((YamlScalarNode)box.At("name")).Style);
        Assert.Equal("0600", box.Text("name"));
        Assert.Equal(ScalarStyle.DoubleQuoted, ((YamlScalarNode)box.At("labels", "b")).Style);
        Assert.Contains("\"on\": \"on\"", yaml);
    }

    [Theory]
    [InlineData("plain_key-1.a/b", "plain_key-1.a/b:")]
    [InlineData("fn::invoke", "fn::invoke:")]
    [InlineData("Yes", "\"Yes\":")]
    [InlineData("NULL", "\"NULL\":")]
    [InlineData("1abc", "\"1abc\":")]
    [InlineData("-.5", "\"-.5\":")]
    [InlineData("with space", "\"with space\":")]
    [InlineData("quote\"key", "\"quote\\\"key\":")]
    public void Keys_are_plain_only_when_they_read_back_as_the_same_string(string key, string written)
    {
        var yaml = Compile(stack => new TestResource(stack, "box", "demo:index/box:Box",
            ("name", "n"), ("labels", new MapValue([KeyValuePair.Create(key, (Value)"v")]))));

        Assert.Contains($"        {written} \"v\"\n", yaml);
        Assert.Equal("v", Yaml.Root(yaml).Text("resources", "box", "properties", "labels", key));
    }

    [Fact]
    public void Numbers_and_booleans_are_plain_scalars()
    {
        var yaml = Compile(stack => new TestResource(stack, "box", "demo:index/box:Box",
            ("name", "n"), ("size", 3), ("ratio", 0.5), ("enabled", true)));

        Assert.Contains("size: 3\n", yaml);
        Assert.Contains("ratio: 0.5\n", yaml);
        Assert.Contains("enabled: true\n", yaml);
    }

    [Theory]
    [InlineData("line one\nline two\n")]
    [InlineData("no final newline\nsecond")]
    [InlineData("two final newlines\n\n")]
    [InlineData("tabs\tinside\n  indented second line\n")]
    [InlineData(" starts with a space\nsecond\n")]
    [InlineData("carriage\r\nreturn\n")]
    [InlineData("quote \" and backslash \\ and unicode é ✓")]
    [InlineData("an empty line\n\nbetween\n")]
    [InlineData("control \u0001 and line separator \u2028 and bom \uFEFF")]
    [InlineData("a block with a control \u0007 character\nsecond\n")]
    [InlineData("")]
    public void Strings_read_back_exactly_as_they_were_written(string text)
    {
        var yaml = Compile(stack => new TestResource(stack, "box", "demo:index/box:Box", ("name", text)));

        Assert.Equal(text.Replace("$", "$$"), Yaml.Root(yaml).Text("resources", "box", "properties", "name"));
    }

    [Fact]
    public void References_interpolations_and_functions_use_the_runtime_syntax()
    {
        var yaml = Compile(stack =>
        {
            var first = new TestResource(stack, "first", "demo:index/box:Box", ("name", "a"));
            new TestResource(stack, "second", "demo:index/box:Box",
                ("name", Fn.Format($"arn:{first.GetOutput<string>("arn")}/x-$")),
                ("anything", Fn.ToBase64(Fn.Join(",", [first.GetOutput<string>("id"), "b"]))),
                ("labels", new MapValue([KeyValuePair.Create("zone", Fn.Select(1, Fn.Invoke("demo:index/getZones:getZones", new RawArgs([]), "names")))])));
        });

        var second = Yaml.Root(yaml).At("resources", "second", "properties");
        Assert.Equal("arn:${first.arn}/x-$$", second.Text("name"));
        Assert.Equal("${first.id}", second.Text("anything", "fn::toBase64", "fn::join", 1, 0));
        var invoke = second.At("labels", "zone", "fn::select", 1, "fn::invoke");
        Assert.Equal("demo:index/getZones:getZones", invoke.Text("function"));
        Assert.Equal("names", invoke.Text("return"));
        Assert.Equal("1.2.3", invoke.Text("options", "version"));
    }

    [Fact]
    public void Every_resource_is_pinned_to_its_provider_version_and_options_are_emitted()
    {
        var yaml = Compile(stack =>
        {
            var first = new TestResource(stack, "first", "demo:index/box:Box", ("name", "a"));
            new TestResource(stack, "second", "demo:index/box:Box", new RawArgs([KeyValuePair.Create("name", (Value)"b")]), new ResourceOptions
            {
                DependsOn = [first],
                Protect = true,
                IgnoreChanges = ["labels"],
                DeleteBeforeReplace = true,
                AdditionalSecretOutputs = ["arn"],
                RetainOnDelete = true,
                CustomTimeouts = new CustomTimeouts(Create: "20m"),
            });
        });

        var options = Yaml.Root(yaml).At("resources", "second", "options");
        Assert.Equal("1.2.3", options.Text("version"));
        Assert.Equal("${first}", options.Text("dependsOn", 0));
        Assert.Equal("true", options.Text("protect"));
        Assert.Equal("labels", options.Text("ignoreChanges", 0));
        Assert.Equal("true", options.Text("deleteBeforeReplace"));
        Assert.Equal("arn", options.Text("additionalSecretOutputs", 0));
        Assert.Equal("true", options.Text("retainOnDelete"));
        Assert.Equal("20m", options.Text("customTimeouts", "create"));
        Assert.Equal("1.2.3", Yaml.Root(yaml).Text("resources", "first", "options", "version"));
    }

    [Fact]
    public void Resources_and_keys_come_out_sorted_whatever_the_creation_order()
    {
        var one = Compile(stack =>
        {
            new TestResource(stack, "b", "demo:index/box:Box", ("size", 1), ("name", "x"));
            new TestResource(stack, "a", "demo:index/box:Box", ("name", "y"));
        });
        var other = Compile(stack =>
        {
            new TestResource(stack, "a", "demo:index/box:Box", ("name", "y"));
            new TestResource(stack, "b", "demo:index/box:Box", ("name", "x"), ("size", 1));
        });

        Assert.Equal(one, other);
        Assert.True(one.IndexOf("  a:", StringComparison.Ordinal) < one.IndexOf("  b:", StringComparison.Ordinal));
    }
}
