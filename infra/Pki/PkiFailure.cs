using Kaws.Infra.Cli;

namespace Kaws.Infra.Pki;

/// <summary>
/// One admin-workflow failure: a one-line message naming the file, and its exit code —
/// 1 when an input was readable but failed verification, 2 when an input was missing, unreadable or malformed.
/// </summary>
public sealed class PkiFailure(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static PkiFailure Rejected(string message) => new(ExitCodes.Failed, message);

    public static PkiFailure BadInput(string message) => new(ExitCodes.Usage, message);
}
