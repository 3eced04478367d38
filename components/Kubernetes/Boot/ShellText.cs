namespace Kaws.Kubernetes.Boot;

/// <summary>Shell text for the boot scripts and the commands kaws prints.</summary>
public static class ShellText
{
    /// <summary>A single-quoted bash word that reads back as exactly this text.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The command that prints one output of a stack (run where the stack's state is reachable).</summary>
    public static string StackOutput(string output, string stackName) => $"pulumi stack output {output} --stack {Quote(stackName)}";
}
