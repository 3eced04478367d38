namespace Kaws.Kubernetes.Boot;

/// <summary>
/// One SSM parameter of the boot contract. SecureString ones are encrypted with the cluster KMS key;
/// WrittenAtBoot ones are created by instances (ssm:PutParameter for masters), not by Pulumi.
/// </summary>
public sealed record SsmParameterSpec(string Name, bool SecureString, SsmParameterReaders Readers, bool WrittenAtBoot);
