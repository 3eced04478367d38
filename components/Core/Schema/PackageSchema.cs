namespace Kaws.Core;

/// <summary>
/// The vendored subset of one provider package's schema. The sections are read lazily: a compile
/// touches a few dozen of the schema's entries, so only those are ever turned into shapes.
/// </summary>
public sealed record PackageSchema(
    string Name,
    string Version,
    ObjectShape Provider,
    IReadOnlyDictionary<string, ObjectShape> Resources,
    IReadOnlyDictionary<string, ObjectShape> ResourceOutputs,
    IReadOnlyDictionary<string, ObjectShape> Types,
    IReadOnlyDictionary<string, ObjectShape> FunctionInputs,
    IReadOnlyDictionary<string, ObjectShape> FunctionOutputs);
