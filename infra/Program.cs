// kaws: compiles the cluster's C# component tree to a Pulumi YAML program, plans it offline, and runs the admin PKI workflow.
return Kaws.Infra.Cli.KawsCli.Run(args, Console.Out, Console.Error);
