using System.CommandLine;

namespace Kaws.Infra.Cli;

/// <summary>The kaws command line: compile, plan, render and pki.</summary>
public static class KawsCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, CliContext.Process(output, error));

    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("kaws: a hardened, self-managed Kubernetes cluster on AWS, compiled to a Pulumi YAML program.");
        root.Subcommands.Add(CompileCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(Pki.PkiCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return context.Fail(ExitCodes.Usage, $"{parsed.Errors[0].Message} (see kaws --help)");
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
