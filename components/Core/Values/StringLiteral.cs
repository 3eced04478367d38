namespace Kaws.Core;

/// <summary>A literal string. The emitter doubles every '$' so the engine never reads it as an expression.</summary>
public sealed record StringLiteral(string Text) : Value;
