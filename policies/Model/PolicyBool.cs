namespace Kaws.Policies;

public sealed record PolicyBool : PolicyValue
{
    public static readonly PolicyBool True = new(true);
    public static readonly PolicyBool False = new(false);

    private PolicyBool(bool value) => Value = value;

    public bool Value { get; }
}
