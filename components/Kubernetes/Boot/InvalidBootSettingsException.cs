namespace Kaws.Kubernetes.Boot;

/// <summary>Thrown when boot documents are asked for with settings that do not validate; carries every one-line error.</summary>
public sealed class InvalidBootSettingsException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
