namespace Kaws.Core;

/// <summary>Collects an <see cref="Args"/> record's properties into a map; unset (null) ones are left out.</summary>
public sealed class PropertyWriter
{
    private readonly List<KeyValuePair<string, Value>> entries = [];

    public void Add(string name, IInput? value)
    {
        if (value is not null)
        {
            entries.Add(KeyValuePair.Create(name, value.ToValue()));
        }
    }

    public MapValue ToMap() => new(entries);
}
