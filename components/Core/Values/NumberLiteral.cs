namespace Kaws.Core;

public sealed record NumberLiteral : Value
{
    public NumberLiteral(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), "a YAML program cannot carry NaN or infinity");
        }

        Number = number;
    }

    public double Number { get; }
}
