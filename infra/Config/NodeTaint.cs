namespace Kaws.Infra.Config;

public sealed record NodeTaint(string Key, string Value, string Effect);
