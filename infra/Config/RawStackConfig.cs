using System.Collections.Immutable;

namespace Kaws.Infra.Config;

/// <summary>
/// Stack config exactly as the engine hands it to the compiler: fully qualified keys, every value a
/// string, objects and lists JSON-encoded. The stack file is read into this same shape, so both
/// routes bind through one path and give byte-identical programs.
/// </summary>
public sealed record RawStackConfig(string StackName, string Source, ImmutableSortedDictionary<string, string> Values)
{
    /// <summary>The engine's plugin-discovery run: no stack, no config.</summary>
    public static RawStackConfig NoStack { get; } = new("(no stack)", "(no stack)", ImmutableSortedDictionary<string, string>.Empty);
}
