// kaws-scale RESOURCES [--phases]: compiles, validates and policy-checks a cluster scaled by node groups to about
// RESOURCES resources once, and prints what it built (with --phases, each phase's time on stderr).
// bench.sh times it as a whole process.
using Kaws.Benchmarks.Scale;

var phases = args is [_, "--phases"];
if (args.Length != (phases ? 2 : 1) || !int.TryParse(args[0], out var resources) || resources < 1)
{
    Console.Error.WriteLine("usage: kaws-scale RESOURCES [--phases] (RESOURCES a positive number)");
    return 2;
}

var groups = ScaledCluster.NodeGroupsFor(resources);
var result = ScaleRun.Run(groups);
Console.Out.Write($"resources {result.Resources} components {result.Components} node-groups {groups} program-bytes {result.ProgramBytes} policies {(result.PoliciesPassed ? "pass" : "FAIL")}\n");
if (phases)
{
    Console.Error.Write(string.Join(", ", result.Phases.Select(phase => $"{phase.Phase} {phase.Milliseconds:F0} ms")) + "\n");
}

return result.PoliciesPassed ? 0 : 1;
