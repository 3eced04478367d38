namespace Kaws.Core;

/// <summary>
/// A stack config value resolved by the engine (<c>${aws:region}</c>, or <c>${key}</c> for the project's
/// own keys). The compiler never needs to read secret config: it references it.
/// </summary>
public sealed record ConfigReference(string Key) : Value;
