using System.Diagnostics;

namespace Kaws.Tests.Kubernetes.Boot;

/// <summary>Runs an installed judge (cloud-init, shellcheck); a missing tool fails the test with how to install it.</summary>
internal static class ExternalJudge
{
    public static (int ExitCode, string Output) Run(string tool, string aptPackage, params string[] arguments)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(':')
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
        Assert.True(path is not null, $"'{tool}' is not installed; the boot specs need it as a judge: apt-get install -y {aptPackage}");
        var start = new ProcessStartInfo(path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{tool} did not finish within two minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
