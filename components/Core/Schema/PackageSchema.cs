using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>The vendored subset of one provider package's schema.</summary>
public sealed record PackageSchema(
    string Name,
    string Version,
    ObjectShape Provider,
    ImmutableDictionary<string, ObjectShape> Resources,
    ImmutableDictionary<string, ObjectShape> ResourceOutputs,
    ImmutableDictionary<string, ObjectShape> Types,
    ImmutableDictionary<string, ObjectShape> FunctionInputs,
    ImmutableDictionary<string, ObjectShape> FunctionOutputs);
