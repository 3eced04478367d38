using System.Runtime.CompilerServices;

namespace Kaws.Tests.Support;

/// <summary>
/// Golden files: compares text with tests/Golden/NAME.verified.EXT. On a mismatch it writes
/// NAME.received.EXT beside it (git-ignored) and fails; to accept a change, run the tests with
/// KAWS_ACCEPT_GOLDEN=1 and review the diff of the verified file.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, string extension = "yaml", [CallerFilePath] string caller = "")
    {
        var directory = Path.Combine(RepositoryRoot.Find(caller), "tests", "Golden");
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        if (Environment.GetEnvironmentVariable("KAWS_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(verified, actual);
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no golden file {verified}; review {received} and rename it to accept it"
            : $"{name} differs from its golden file; compare: diff {verified} {received}");
    }
}
