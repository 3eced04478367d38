namespace Kaws.Policies;

/// <summary>A value the engine encrypts in state and masks in output. Messages never show its content.</summary>
public sealed record PolicySecret(PolicyValue Inner) : PolicyValue;
