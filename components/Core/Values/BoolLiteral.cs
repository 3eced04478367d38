namespace Kaws.Core;

public sealed record BoolLiteral(bool Flag) : Value
{
    public static readonly BoolLiteral True = new(true);
    public static readonly BoolLiteral False = new(false);

    public static BoolLiteral Of(bool flag) => flag ? True : False;
}
