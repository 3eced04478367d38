using Kaws.Core;
using Kaws.Providers.Random;

namespace Kaws.Pki;

/// <summary>
/// The two kubeadm bootstrap tokens ([a-z0-9]{6}.[a-z0-9]{16}), one for joining masters and one for
/// worker nodes, made by random provider resources so the value exists only in the engine (secret in
/// state) and in SSM. Their TTL, usages and group (system:bootstrappers:kubeadm:default-node-token) are
/// set where kubeadm reads them: the InitConfiguration of the boot documents.
/// </summary>
public sealed class BootstrapTokens : ComponentResource
{
    public const int IdLength = 6;

    public const int SecretLength = 16;

    private static readonly ResourceOptions SecretResult = new() { AdditionalSecretOutputs = ["result"] };

    public BootstrapTokens(Construct scope, string id)
        : base(scope, id, "kaws:pki:BootstrapTokens")
    {
        MasterToken = Token("master");
        NodeToken = Token("node");
    }

    /// <summary>The masters' join token, "id.secret", as a secret value.</summary>
    public Value MasterToken { get; }

    /// <summary>The worker nodes' join token, "id.secret", as a secret value.</summary>
    public Value NodeToken { get; }

    private Value Token(string role)
    {
        var tokenId = Part($"{role}-id", IdLength);
        var secret = Part($"{role}-secret", SecretLength);
        return Fn.Secret(Fn.Format($"{tokenId.Result}.{secret.Result}"));
    }

    /// <summary>Lower-case letters and digits only: kubeadm rejects anything else.</summary>
    private RandomString Part(string id, int length) => new(this, id, new RandomStringArgs
    {
        Length = length,
        Lower = true,
        Numeric = true,
        Upper = false,
        Special = false,
    }, SecretResult);
}
