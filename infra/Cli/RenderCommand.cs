using System.CommandLine;
using Kaws.Infra.Cluster;
using Kaws.Infra.Config;
using Kaws.Kubernetes.Boot;

namespace Kaws.Infra.Cli;

/// <summary>
/// <c>kaws render NAME --out DIR</c>: writes what each role boots with (kubeadm, encryption, audit,
/// cloud-init) for review and scanning. Secret values appear only as marked placeholders.
/// </summary>
public static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Argument<string>("NAME") { Description = "The stack: reads Pulumi.<NAME>.yaml." };
        var output = new Option<string>("--out") { Description = "The directory to write master/ and node/ into.", Required = true };
        var command = new Command("render", "Write the master and node boot documents of a stack for review.") { stack, output };
        command.SetAction(parsed => Run(context, parsed.GetValue(stack)!, parsed.GetValue(output)!));
        return command;
    }

    public static int Run(CliContext context, string stackName, string outputDirectory)
    {
        try
        {
            var config = StackSelection.Bind(context, stackName);
            var documents = BootDocumentBuilder.Build(BootSettingsFactory.For(config));
            var target = Path.GetFullPath(outputDirectory, context.WorkingDirectory);
            BootDocumentWriter.WriteAll(documents, target);
            foreach (var file in documents.Files.Select(entry => entry.Key).Order(StringComparer.Ordinal))
            {
                context.Out.WriteLine(Path.Combine(target, file));
            }

            return ExitCodes.Ok;
        }
        catch (ConfigException error)
        {
            return context.Fail(ExitCodes.Usage, error.Message);
        }
        catch (IOException error)
        {
            return context.Fail(ExitCodes.Usage, error.Message);
        }
    }
}
