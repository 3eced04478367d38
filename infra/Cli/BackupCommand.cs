using System.CommandLine;
using Kaws.Infra.Config;
using Kaws.Kubernetes.Boot;
using Kaws.Operations;

namespace Kaws.Infra.Cli;

/// <summary>
/// <c>kaws backup restore-commands STACK --snapshot KEY</c>: prints the exact, ordered commands that restore one
/// etcd snapshot of the stack's backup bucket onto its masters. Offline: it reads the stack file only.
/// </summary>
public static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Argument<string>("STACK") { Description = "The stack: reads Pulumi.<STACK>.yaml." };
        var snapshot = new Option<string>("--snapshot")
        {
            Description = "The snapshot's object key in the backup bucket, e.g. CLUSTER/etcd/hourly/20260101T000000Z-i-0123456789abcdef0.db.",
            Required = true,
        };
        var restore = new Command("restore-commands", "Print the ordered commands that restore an etcd snapshot onto the stack's masters.") { stack, snapshot };
        restore.SetAction(parsed => RestoreCommands(context, parsed.GetValue(stack)!, parsed.GetValue(snapshot)!));
        return new Command("backup", "etcd backups: how to restore them.") { restore };
    }

    public static int RestoreCommands(CliContext context, string stackName, string snapshotKey)
    {
        try
        {
            var config = StackSelection.Bind(context, stackName);
            if (!EtcdBackupLayout.IsSnapshotKey(config.ClusterName, snapshotKey))
            {
                return context.Fail(ExitCodes.Usage,
                    $"--snapshot: '{snapshotKey}' is not an etcd snapshot of cluster {config.ClusterName}; expected a key like {EtcdBackupLayout.Example(config.ClusterName)}");
            }

            context.Out.Write(EtcdRestoreCommands.Render(stackName, config.ClusterName, config.MasterCount, snapshotKey));
            return ExitCodes.Ok;
        }
        catch (ConfigException error)
        {
            return context.Fail(ExitCodes.Usage, error.Message);
        }
    }
}
