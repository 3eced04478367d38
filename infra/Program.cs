// kaws: compiles the cluster's C# component tree to a Pulumi YAML program, plans it offline, and runs the admin PKI workflow.
using System.Text;

// stdout is written once at exit: Console.Out flushes every 256 characters, forty pipe writes for a dev program.
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
try
{
    return Kaws.Infra.Cli.KawsCli.Run(args, output, Console.Error);
}
finally
{
    output.Flush();
}
