namespace Kaws.Infra.Pki;

/// <summary>Reads the workflow's input files, turning a missing or unreadable file into one line (exit 2).</summary>
public static class PkiFiles
{
    public static byte[] ReadBytes(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw PkiFailure.BadInput($"{path}: cannot read the {what}: {error.Message}");
        }
    }
}
