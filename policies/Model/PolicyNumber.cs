namespace Kaws.Policies;

public sealed record PolicyNumber(double Value) : PolicyValue;
