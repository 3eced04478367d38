namespace Kaws.Infra.Cli;

/// <summary>What a command may touch: its output streams, the environment and the working directory (tests pass their own).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> Environment, string WorkingDirectory)
{
    public static CliContext Process(TextWriter output, TextWriter error) =>
        new(output, error, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());

    public string ProjectDirectory => Cli.ProjectDirectory.Find(Environment, WorkingDirectory);

    /// <summary>One line on stderr, the shape every user error takes.</summary>
    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"kaws: error: {message}");
        return exitCode;
    }
}
