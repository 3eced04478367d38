using System.CommandLine;
using Kaws.Core;
using Kaws.Infra.Config;
using Kaws.Policies;

namespace Kaws.Infra.Cli;

/// <summary>
/// <c>kaws plan NAME [--json]</c>: compiles a stack offline (no cloud credentials), validates it and
/// judges it with the policy pack; exits 1 on a validation error or a mandatory policy violation.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Argument<string>("NAME") { Description = "The stack: reads Pulumi.<NAME>.yaml." };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var command = new Command("plan", "Compile, validate and policy-check a stack offline; print the component tree and the verdicts.") { stack, json };
        command.SetAction(parsed => Run(context, parsed.GetValue(stack)!, parsed.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string stackName, bool json)
    {
        PlanReport report;
        try
        {
            var raw = StackConfigSource.FromStackFile(context.ProjectDirectory, stackName);
            report = PlanReport.From(StackCompiler.Compile(raw), raw.Values);
        }
        catch (ConfigException error)
        {
            return context.Fail(ExitCodes.Usage, error.Message);
        }
        catch (PolicyConfigException error)
        {
            return context.Fail(ExitCodes.Usage, error.Message);
        }
        catch (CompilationException error)
        {
            report = PlanReport.FromErrors(stackName, error.Errors);
        }

        context.Out.Write(json ? PlanRenderer.Json(report) : PlanRenderer.Text(report));
        return report.Passed ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
