using System.CommandLine;

namespace Kaws.Infra.Cli;

/// <summary>The kaws command line: compile, plan, render, backup, tunnel and pki.</summary>
public static class KawsCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, CliContext.Process(output, error));

    public static int Run(string[] args, CliContext context)
    {
        if (IsPlainCompile(args, out var stackName))
        {
            return CompileCommand.Run(context, stackName);
        }

        if (args is ["plan", var planned] && IsName(planned))
        {
            return PlanCommand.Run(context, planned, json: false);
        }

        var root = new RootCommand("kaws: a hardened, self-managed Kubernetes cluster on AWS, compiled to a Pulumi YAML program.");
        root.Subcommands.Add(CompileCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(TunnelCommand.Create(context));
        root.Subcommands.Add(Pki.PkiCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return context.Fail(ExitCodes.Usage, $"{parsed.Errors[0].Message} (see kaws --help)");
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    /// <summary>
    /// <c>compile</c> and <c>compile --stack NAME</c>, the forms the engine runs several times per
    /// operation (and <c>plan NAME</c>, which CI runs on every pull request): they skip building the
    /// command line, about 1 ms of a 7 ms native compile. Anything else (help, typos, response files)
    /// goes through System.CommandLine.
    /// </summary>
    private static bool IsPlainCompile(string[] args, out string? stackName)
    {
        stackName = null;
        if (args is ["compile"])
        {
            return true;
        }

        if (args is ["compile", "--stack", var name] && IsName(name))
        {
            stackName = name;
            return true;
        }

        return false;
    }

    /// <summary>A stack name, not an option or a response file the parser would expand.</summary>
    private static bool IsName(string token) => token.Length > 0 && token[0] is not ('-' or '@');
}
