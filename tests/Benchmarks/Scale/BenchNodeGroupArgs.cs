namespace Kaws.Benchmarks.Scale;

/// <summary>Inputs of <see cref="BenchNodeGroup"/>: what a worker group needs from the rest of the cluster.</summary>
public sealed record BenchNodeGroupArgs(
    string ClusterName,
    string InstanceType,
    int Min,
    int Desired,
    int Max,
    Kaws.Core.Value? KeyArn,
    Kaws.Core.Value? PrivateSubnetIds,
    Kaws.Core.Value? CaKeyPem,
    Kaws.Core.Value? CaCertPem);
