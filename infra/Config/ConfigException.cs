namespace Kaws.Infra.Config;

/// <summary>A stack config mistake, reported as one line naming the source file and the key.</summary>
public sealed class ConfigException(string source, string key, string problem)
    : Exception($"{source}: {key}: {problem}")
{
    public string ConfigSource { get; } = source;

    public string Key { get; } = key;
}
