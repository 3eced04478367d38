namespace Kaws.Infra.Cli;

/// <summary>One component in the plan's tree: its own resources and those of everything below it.</summary>
public sealed record PlanComponent(string Path, string Type, int Depth, int OwnResources, int TotalResources);
