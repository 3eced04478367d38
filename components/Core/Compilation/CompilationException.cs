using System.Collections.Immutable;

namespace Kaws.Core;

/// <summary>The program could not be compiled; every error found is listed, one line each.</summary>
public sealed class CompilationException(ImmutableArray<CompileError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public ImmutableArray<CompileError> Errors { get; } = errors;
}
