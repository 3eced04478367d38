using System.CommandLine;
using Kaws.Infra.Config;
using Kaws.Operations;

namespace Kaws.Infra.Cli;

/// <summary>
/// <c>kaws tunnel STACK</c>: prints the Session Manager port forward that lets the engine on this machine reach
/// the stack's internal API at 127.0.0.1:<c>kaws:apiTunnelPort</c>. Offline: it reads the stack file only.
/// </summary>
public static class TunnelCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Argument<string>("STACK") { Description = "The stack: reads Pulumi.<STACK>.yaml." };
        var command = new Command("tunnel", "Print the Session Manager port forward to an internal API (kaws:apiTunnelPort).") { stack };
        command.SetAction(parsed => Run(context, parsed.GetValue(stack)!));
        return command;
    }

    public static int Run(CliContext context, string stackName)
    {
        try
        {
            var config = StackSelection.Bind(context, stackName);
            var port = config.ApiTunnelPort
                ?? throw new ConfigException($"Pulumi.{stackName}.yaml", "kaws:apiTunnelPort", "not set; expected the local port the engine dials, e.g. 16443 (only for an internal API)");
            context.Out.Write(ApiTunnelCommands.Render(stackName, config.ClusterName, config.Region, port));
            return ExitCodes.Ok;
        }
        catch (ConfigException error)
        {
            return context.Fail(ExitCodes.Usage, error.Message);
        }
    }
}
