using Kaws.Core;

namespace Kaws.Tests.Support;

/// <summary>A resource of any type with untyped inputs, for tests that must build wrong programs on purpose.</summary>
public sealed class TestResource(Construct scope, string id, string type, RawArgs args, ResourceOptions? options = null)
    : CustomResource(scope, id, type, args, options)
{
    public TestResource(Construct scope, string id, string type, params (string Name, Value Value)[] properties)
        : this(scope, id, type, new RawArgs(properties.Select(property => KeyValuePair.Create(property.Name, property.Value))))
    {
    }
}
