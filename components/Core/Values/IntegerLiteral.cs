namespace Kaws.Core;

public sealed record IntegerLiteral(long Number) : Value;
