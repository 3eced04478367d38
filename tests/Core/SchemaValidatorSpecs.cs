using Kaws.Core;
using Kaws.Tests.Support;

namespace Kaws.Tests.Core;

public sealed class SchemaValidatorSpecs
{
    private static IReadOnlyList<string> ErrorsOf(params (string Name, Value Value)[] properties) =>
        ErrorsOf("demo:index/box:Box", properties);

    private static IReadOnlyList<string> ErrorsOf(string type, params (string Name, Value Value)[] properties)
    {
        var stack = new Stack("test");
        new TestResource(new TestComponent(stack, "group"), "box", type, properties);
        try
        {
            ProgramCompiler.Compile(stack, TestSchemas.Catalog);
            return [];
        }
        catch (CompilationException error)
        {
            return [.. error.Errors.Select(problem => problem.ToString())];
        }
    }

    [Fact]
    public void A_valid_resource_passes()
    {
        Assert.Empty(ErrorsOf(("name", "x"), ("size", 2), ("ratio", 1), ("enabled", false),
            ("settings", new MapValue([KeyValuePair.Create("mode", (Value)"fast")]))));
    }

    [Fact]
    public void An_unknown_type_is_an_error_naming_the_component_path()
    {
        Assert.Equal(["group/box (demo:index/bax:Box): unknown resource type (did you mean 'demo:index/box:Box'?)"],
            ErrorsOf("demo:index/bax:Box", ("name", "x")));
    }

    [Fact]
    public void An_unknown_package_is_an_error()
    {
        Assert.Equal(["group/box (nope:index/box:Box): package 'nope' is not one of the vendored provider schemas (demo)"],
            ErrorsOf("nope:index/box:Box", ("name", "x")));
    }

    [Fact]
    public void An_unknown_property_is_an_error_with_a_suggestion()
    {
        Assert.Equal(["group/box (demo:index/box:Box): property 'sise': unknown property (did you mean 'size'?)"],
            ErrorsOf(("name", "x"), ("sise", 2)));
    }

    [Fact]
    public void A_missing_required_property_is_an_error()
    {
        Assert.Equal(["group/box (demo:index/box:Box): property 'name': required property is missing"], ErrorsOf(("size", 2)));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_an_error()
    {
        Assert.Equal(
            [
                "group/box (demo:index/box:Box): property 'enabled': expected a boolean, got the string 'yes'",
                "group/box (demo:index/box:Box): property 'ports[1]': expected an integer, got the string '80'",
                "group/box (demo:index/box:Box): property 'size': expected an integer, got the string 'big'",
            ],
            ErrorsOf(("name", "x"), ("size", "big"), ("enabled", "yes"), ("ports", new ListValue([443, "80"]))));
    }

    [Fact]
    public void Nested_object_types_are_checked_property_by_property()
    {
        Assert.Equal(
            [
                "group/box (demo:index/box:Box): property 'settings.depth': expected an integer, got the number 1.5",
                "group/box (demo:index/box:Box): property 'settings.mode': required property is missing",
            ],
            ErrorsOf(("name", "x"), ("settings", new MapValue([KeyValuePair.Create("depth", (Value)1.5)]))));
    }

    [Fact]
    public void Values_known_only_to_the_engine_are_accepted_anywhere()
    {
        Assert.Empty(ErrorsOf(("name", Fn.Config("aws:region")), ("size", Fn.Config("kaws:size")), ("enabled", Fn.Secret(true))));
    }

    [Fact]
    public void A_secret_still_has_its_kind_checked()
    {
        Assert.Equal(["group/box (demo:index/box:Box): property 'size': expected an integer, got the string 'x'"],
            ErrorsOf(("name", "x"), ("size", Fn.Secret("x"))));
    }

    [Fact]
    public void Invokes_are_checked_against_the_function_schema()
    {
        Assert.Equal(
            [
                "group/box (demo:index/box:Box): property 'fn::invoke demo:index/getZones:getZones.stat': unknown property (did you mean 'state'?)",
                "group/box (demo:index/box:Box): property 'fn::invoke demo:index/getZones:getZones': 'ids' is not an output of the function",
            ],
            ErrorsOf(("name", Fn.Select(0, Fn.Invoke("demo:index/getZones:getZones", new RawArgs([KeyValuePair.Create("stat", (Value)"x")]), "ids")))));
    }
}
