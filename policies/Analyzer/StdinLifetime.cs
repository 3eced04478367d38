namespace Kaws.Policies.Analyzer;

/// <summary>
/// The engine holds the plugin's stdin open while it needs the plugin; end of input means it has gone.
/// Stdin from /dev/null (nothing will ever be written) is not watched, or the plugin would stop at once.
/// </summary>
public static class StdinLifetime
{
    public static bool ShouldWatch()
    {
        try
        {
            return new FileInfo("/proc/self/fd/0").LinkTarget is not "/dev/null";
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    public static void WaitForEndOfInput()
    {
        using var input = Console.OpenStandardInput();
        var buffer = new byte[256];
        while (input.Read(buffer) > 0)
        {
        }
    }
}
