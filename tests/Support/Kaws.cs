using Kaws.Infra.Cli;

namespace Kaws.Tests.Support;

/// <summary>Runs the kaws CLI in-process with its own streams, environment and working directory.</summary>
public static class KawsRun
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Invoke(string[] args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var variables = environment ?? new Dictionary<string, string>();
        var context = new CliContext(output, error, name => variables.GetValueOrDefault(name), workingDirectory ?? RepositoryRoot.Find());
        var code = KawsCli.Run(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string Compile(string stack)
    {
        var result = Invoke(["compile", "--stack", stack]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out;
    }
}
