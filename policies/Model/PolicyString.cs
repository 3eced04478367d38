namespace Kaws.Policies;

public sealed record PolicyString(string Value) : PolicyValue;
