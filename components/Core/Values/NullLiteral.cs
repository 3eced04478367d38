namespace Kaws.Core;

public sealed record NullLiteral : Value
{
    public static readonly NullLiteral Instance = new();
}
