namespace Kaws.Pki;

/// <summary>Inputs of <see cref="ClusterPki"/>.</summary>
public sealed record ClusterPkiArgs(string ClusterName, KeyAlgorithm Key, int CaValidityHours);
