using Kaws.Core;

namespace Kaws.Pki;

/// <summary>Inputs of <see cref="ClusterPki"/>.</summary>
/// <param name="ApiEndpointDnsName">The API load balancer's DNS name: a SAN of the API serving certificate.</param>
/// <param name="KmsKeyArn">The cluster KMS key that encrypts every SecureString parameter.</param>
public sealed record ClusterPkiArgs(CertificatePlanSettings Settings, Value ApiEndpointDnsName, Input<string> KmsKeyArn);
