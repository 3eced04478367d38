using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>The result of compiling a stack: resources sorted by name, outputs sorted by name.</summary>
public sealed record CompiledProgram(
    string StackName,
    ImmutableArray<CompiledResource> Resources,
    ImmutableSortedDictionary<string, Value> Outputs,
    ImmutableArray<ComponentResource> Components,
    SchemaCatalog Schemas)
{
    public CompiledResource? Find(string name) => Resources.FirstOrDefault(resource => resource.Name == name);

    public IEnumerable<CompiledResource> OfType(string type) => Resources.Where(resource => resource.Type == type);
}
