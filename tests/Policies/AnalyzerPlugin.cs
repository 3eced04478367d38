using System.Diagnostics;
using System.Text;
using Grpc.Net.Client;
using Kaws.Tests.Support;

namespace Kaws.Tests.Policies;

/// <summary>
/// The analyzer plugin as the engine runs it: policies/pulumi-analyzer-policy-kaws started as a process
/// with [engineAddress, "."] in the pack directory, stdin held open, the port read from the first stdout line.
/// The launcher builds the plugin first when it is missing or stale; starts are serialised so two tests
/// never build at once.
/// </summary>
public sealed class AnalyzerPlugin : IDisposable
{
    private static readonly SemaphoreSlim Starting = new(1, 1);
    private readonly StringBuilder errors;

    private AnalyzerPlugin(Process process, int port, StringBuilder errors)
    {
        this.errors = errors;
        Process = process;
        Port = port;
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        Client = new Pulumirpc.Analyzer.AnalyzerClient(Channel);
    }

    public Process Process { get; }

    public int Port { get; }

    public GrpcChannel Channel { get; }

    public Pulumirpc.Analyzer.AnalyzerClient Client { get; }

    public static string PackDirectory => Path.Combine(RepositoryRoot.Find(), "policies");

    public static string Launcher => Path.Combine(PackDirectory, "pulumi-analyzer-policy-kaws");

    public string ErrorOutput
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    public static AnalyzerPlugin Start(string? pulumiConfig = null)
    {
        var start = new ProcessStartInfo(Launcher)
        {
            WorkingDirectory = PackDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("127.0.0.1:1");
        start.ArgumentList.Add(".");
        start.Environment["PULUMI_CONFIG"] = pulumiConfig;
        start.Environment["PULUMI_STACK"] = "dev";
        start.Environment["PULUMI_PROJECT"] = "kaws";

        Starting.Wait();
        try
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Launcher}");
            var stderr = new StringBuilder();
            process.ErrorDataReceived += (_, line) =>
            {
                lock (stderr)
                {
                    stderr.AppendLine(line.Data);
                }
            };
            process.BeginErrorReadLine();

            // The first start may build the plugin (the launcher sends build output to stderr).
            var first = process.StandardOutput.ReadLineAsync();
            if (!first.Wait(TimeSpan.FromMinutes(5)) || !int.TryParse(first.Result, out var port))
            {
                process.Kill(entireProcessTree: true);
                lock (stderr)
                {
                    throw new InvalidOperationException($"the analyzer plugin printed no port (first line: '{(first.IsCompleted ? first.Result : "(none)")}'); stderr:\n{stderr}");
                }
            }

            return new AnalyzerPlugin(process, port, stderr);
        }
        finally
        {
            Starting.Release();
        }
    }

    /// <summary>What the engine does when it is done with the plugin: close its stdin.</summary>
    public int CloseInputAndWait()
    {
        Process.StandardInput.Close();
        if (!Process.WaitForExit(TimeSpan.FromSeconds(15)))
        {
            throw new TimeoutException("the analyzer plugin did not stop within 15 s of its stdin closing");
        }

        return Process.ExitCode;
    }

    public void Dispose()
    {
        Channel.Dispose();
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }
}
