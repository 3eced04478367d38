using System.CommandLine;
using Kaws.Core;
using Kaws.Infra.Config;

namespace Kaws.Infra.Cli;

/// <summary>
/// <c>kaws compile [--stack NAME]</c>: the Pulumi YAML program on stdout and nothing else, as the
/// engine's YAML runtime expects from its compiler.
/// </summary>
public static class CompileCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Option<string?>("--stack")
        {
            Description = "Read Pulumi.<NAME>.yaml. Without it: the engine's PULUMI_STACK/PULUMI_CONFIG, or no stack at all (plugin discovery).",
        };
        var command = new Command("compile", "Print the Pulumi YAML program of a stack on stdout.") { stack };
        command.SetAction(parsed => Run(context, parsed.GetValue(stack)));
        return command;
    }

    public static int Run(CliContext context, string? stackName)
    {
        try
        {
            var raw = StackSelection.Resolve(context, stackName);
            var program = StackCompiler.Compile(raw).Program;
            context.Out.Write(ProgramWriter.Write(program));
            return ExitCodes.Ok;
        }
        catch (ConfigException error)
        {
            return context.Fail(ExitCodes.Usage, error.Message);
        }
        catch (CompilationException error)
        {
            foreach (var problem in error.Errors)
            {
                context.Error.WriteLine($"kaws: error: {problem}");
            }

            return ExitCodes.Failed;
        }
    }
}
