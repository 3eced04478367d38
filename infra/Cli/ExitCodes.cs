namespace Kaws.Infra.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The program failed validation or a mandatory policy (or a CSR failed verification).</summary>
    public const int Failed = 1;

    /// <summary>Bad command line or bad stack config.</summary>
    public const int Usage = 2;
}
