using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>A resource as it goes into the program: name, type, evaluated inputs and options.</summary>
public sealed record CompiledResource(
    string Name,
    string Type,
    string Package,
    MapValue Properties,
    ResourceOptions Options,
    ImmutableArray<ComponentResource> Components,
    CustomResource Source)
{
    /// <summary>Where the resource sits, for messages: <c>network/vpc</c>.</summary>
    public string Path => Source.PathText;

    /// <summary>The innermost component holding this resource, if any.</summary>
    public ComponentResource? Component => Components.IsEmpty ? null : Components[^1];
}
