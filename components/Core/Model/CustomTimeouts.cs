namespace Kaws.Core;

/// <summary>Operation time limits as Go durations ("10m", "1h").</summary>
public sealed record CustomTimeouts(string? Create = null, string? Update = null, string? Delete = null);
