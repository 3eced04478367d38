namespace Kaws.Core;

/// <summary>
/// The inputs of a resource, function or nested object type. Generated from the vendored provider
/// schemas, so a misspelt or missing required property fails the C# build.
/// </summary>
public abstract record Args
{
    /// <summary>Writes the set properties under their schema names.</summary>
    protected internal abstract void WriteTo(PropertyWriter writer);

    public MapValue ToValue()
    {
        var writer = new PropertyWriter();
        WriteTo(writer);
        return writer.ToMap();
    }
}
