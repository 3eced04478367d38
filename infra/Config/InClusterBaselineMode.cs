namespace Kaws.Infra.Config;

/// <summary>
/// Whether the compiled program applies the in-cluster baseline through the kubernetes provider. auto: only when
/// the API load balancer is public (the engine, outside the VPC, can reach it); on: always (run the engine from
/// inside the VPC); off: never (apply it from a second stack that runs inside the VPC).
/// </summary>
public enum InClusterBaselineMode
{
    Auto,
    On,
    Off,
}
