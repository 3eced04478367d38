// kaws-scale RESOURCES: compiles, validates and policy-checks a synthetic cluster of about RESOURCES
// resources once, and prints what it built. bench.sh times it as a whole process.
using Kaws.Benchmarks.Scale;

if (args is not [var text] || !int.TryParse(text, out var resources) || resources < 1)
{
    Console.Error.WriteLine("usage: kaws-scale RESOURCES (a positive number)");
    return 2;
}

var (groups, synthetic) = ScaledCluster.Plan(resources);
var result = ScaleRun.Run(groups, synthetic);
Console.Out.Write($"resources {result.Resources} components {result.Components} node-groups {groups}{(synthetic ? " (synthetic)" : "")} program-bytes {result.ProgramBytes} policies {(result.PoliciesPassed ? "pass" : "FAIL")}\n");
return result.PoliciesPassed ? 0 : 1;
