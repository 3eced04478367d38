namespace Kaws.Core;

/// <summary>What a schema allows for one property: a primitive kind, a list, a map or a named object type.</summary>
public sealed record PropertyShape(
    PropertyKind Kind,
    PropertyShape? Items = null,
    string? TypeReference = null,
    bool Secret = false,
    string? Const = null);
