using Kaws.Core;

namespace Kaws.Pki;

/// <summary>
/// Inputs of <see cref="PkiParameters"/>: one entry per SSM parameter, by its full name. Secret
/// entries become SecureString under <paramref name="KmsKeyArn"/>; the others String.
/// </summary>
public sealed record PkiParametersArgs(string ClusterName, Input<string> KmsKeyArn, IReadOnlyList<PkiParameter> Parameters);

/// <summary>One parameter: its SSM name, a stable resource id, its value and whether the value is key material.</summary>
public sealed record PkiParameter(string Id, string Name, Value Value, bool Secret);
