using Kaws.Core;

namespace Kaws.Pki;

/// <summary>Inputs of <see cref="IssuedCertificate"/>: the plan entry, the signing CA and, for serving certificates, the API endpoint.</summary>
public sealed record IssuedCertificateArgs(PlannedCertificate Plan, KeyAlgorithm Key, CertificateAuthority Signer, Value ApiEndpointDnsName);
