namespace Kaws.Kubernetes.Boot;

/// <summary>Shell quoting for values the boot scripts embed.</summary>
public static class ShellText
{
    /// <summary>A single-quoted bash word that reads back as exactly this text.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
