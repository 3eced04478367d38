using Kaws.Core;
using Kaws.Providers.Tls;

namespace Kaws.Pki;

/// <summary>Creates tls private keys of the configured algorithm, with every private form kept secret in state.</summary>
public static class PrivateKeys
{
    private static readonly ResourceOptions SecretOutputs = new()
    {
        AdditionalSecretOutputs = ["privateKeyOpenssh", "privateKeyPem", "privateKeyPemPkcs8"],
    };

    public static PrivateKey Create(Construct scope, string id, KeyAlgorithm algorithm) =>
        new(scope, id, algorithm.IsRsa
            ? new PrivateKeyArgs { Algorithm = "RSA", RsaBits = algorithm.RsaBits }
            : new PrivateKeyArgs { Algorithm = "ECDSA", EcdsaCurve = "P256" },
            SecretOutputs);
}
