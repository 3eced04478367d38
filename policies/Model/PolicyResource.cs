namespace Kaws.Policies;

/// <summary>
/// One resource as the rules see it: provider type token, logical name, URN (from the engine; null offline)
/// and its properties under the provider's schema names.
/// </summary>
public sealed record PolicyResource(string Type, string Name, string? Urn, PolicyValue Properties)
{
    /// <summary>How a message names the resource: its logical name.</summary>
    public override string ToString() => Name;

    /// <summary>True when <paramref name="value"/> can be a reference to this resource (by name or URN).</summary>
    public bool IsSourceOf(PolicyValue value) =>
        value.Revealed is PolicyUnknown unknown &&
        unknown.Sources.Any(source => source == Name || (Urn is not null && source == Urn));

    /// <summary>A tag value from <c>tags</c>, or null.</summary>
    public string? Tag(string key) => Properties["tags"][key].Text;
}
