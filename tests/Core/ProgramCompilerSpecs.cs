using Kaws.Core;
using Kaws.Tests.Support;

namespace Kaws.Tests.Core;

public sealed class ProgramCompilerSpecs
{
    [Fact]
    public void Child_names_derive_from_the_path_in_the_tree()
    {
        var stack = new Stack("test");
        var group = new TestComponent(stack, "network");
        var inner = new TestComponent(group, "zone-a");
        var box = new TestResource(inner, "subnet", "demo:index/box:Box", ("name", "x"));

        Assert.Equal("network-zone-a-subnet", box.LogicalName);
        Assert.Equal("network/zone-a/subnet", box.PathText);
    }

    [Fact]
    public void Two_siblings_with_one_id_are_refused_at_once()
    {
        var stack = new Stack("test");
        new TestComponent(stack, "network");

        var error = Assert.Throws<ArgumentException>(() => new TestComponent(stack, "network"));
        Assert.Contains("already has a child 'network'", error.Message);
    }

    [Theory]
    [InlineData("Network")]
    [InlineData("net_work")]
    [InlineData("-net")]
    [InlineData("")]
    public void Ids_that_would_make_bad_names_are_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => new TestComponent(new Stack("test"), id));
    }

    [Fact]
    public void Component_type_tokens_must_have_the_kaws_shape()
    {
        var error = Assert.Throws<ArgumentException>(() => new BadComponent(new Stack("test")));
        Assert.Contains("kaws:network:Network", error.Message);
    }

    [Fact]
    public void A_reference_to_a_resource_outside_the_program_names_both_ends()
    {
        var elsewhere = new TestResource(new Stack("other"), "orphan", "demo:index/box:Box", ("name", "x"));
        var stack = new Stack("test");
        new TestResource(new TestComponent(stack, "group"), "user", "demo:index/box:Box", ("name", elsewhere.GetOutput<string>("id")));

        var error = Assert.Throws<CompilationException>(() => ProgramCompiler.Compile(stack, TestSchemas.Catalog));
        Assert.Equal("group/user: references 'orphan', which is not in the program", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void A_dependency_cycle_names_both_ends()
    {
        var stack = new Stack("test");
        TestResource? first = null;
        var second = new TestResource(stack, "second", "demo:index/box:Box", ("name", "b"), ("anything", new Lazy(() => first!).Reference()));
        first = new TestResource(stack, "first", "demo:index/box:Box", new RawArgs([KeyValuePair.Create("name", (Value)"a")]), new ResourceOptions { DependsOn = [second] });

        var error = Assert.Throws<CompilationException>(() => ProgramCompiler.Compile(stack, TestSchemas.Catalog));
        var message = Assert.Single(error.Errors).ToString();
        Assert.Contains("first", message);
        Assert.Contains("second", message);
        Assert.Contains("depends back on it", message);
    }

    [Fact]
    public void The_tree_is_frozen_once_compiled()
    {
        var stack = new Stack("test");
        new TestResource(stack, "box", "demo:index/box:Box", ("name", "x"));
        ProgramCompiler.Compile(stack, TestSchemas.Catalog);

        Assert.Throws<InvalidOperationException>(() => new TestResource(stack, "late", "demo:index/box:Box", ("name", "x")));
    }

    [Fact]
    public void Stack_outputs_are_checked_for_dangling_references_too()
    {
        var elsewhere = new TestResource(new Stack("other"), "orphan", "demo:index/box:Box", ("name", "x"));
        var stack = new Stack("test");
        stack.Export("thing", elsewhere.GetOutput<string>("id"));

        var error = Assert.Throws<CompilationException>(() => ProgramCompiler.Compile(stack, TestSchemas.Catalog));
        Assert.Equal("output thing: references 'orphan', which is not in the program", Assert.Single(error.Errors).ToString());
    }

    private sealed class BadComponent(Construct scope) : ComponentResource(scope, "bad", "network:Network");

    /// <summary>A reference to a resource created later: lets a test close a cycle.</summary>
    private sealed class Lazy(Func<CustomResource> target)
    {
        public Value Reference() => new LateReference(target);
    }

    private sealed record LateReference(Func<CustomResource> Target) : Value
    {
        public override IEnumerable<Value> Children => [new ResourceReference(Target())];
    }
}
