using Kaws.Aws;
using Kaws.Core;
using Kaws.Kubernetes.Boot;
using Kaws.Providers.Aws.Ssm;
using Kaws.Providers.Random;

namespace Kaws.Operations;

/// <summary>Inputs of <see cref="EncryptionKeys"/>.</summary>
/// <param name="Generations">The key generations of the current rotation stage, the writing key first.</param>
/// <param name="EncryptionConfig">The API server's EncryptionConfiguration for those generations, keys as placeholders.</param>
public sealed record EncryptionKeysArgs(string ClusterName, string SsmPrefix, IReadOnlyList<int> Generations, string EncryptionConfig, Output<string> KeyArn);

/// <summary>
/// The encryption-at-rest keys (secretbox/aescbc): per generation 32 random bytes kept only in state (secret) and in
/// a SecureString parameter under the cluster key, plus the EncryptionConfiguration of the current rotation stage
/// that masters rebuild their file from. Resources are named by generation, so a rotation stage adds or removes
/// only that generation's key.
/// </summary>
public sealed class EncryptionKeys : ComponentResource
{
    private static readonly ResourceOptions SecretBytes = new() { AdditionalSecretOutputs = ["base64", "hex"] };

    public EncryptionKeys(Construct scope, string id, EncryptionKeysArgs args)
        : base(scope, id, "kaws:operations:EncryptionKeys")
    {
        var keyParameters = new List<Parameter>();
        foreach (var generation in args.Generations.Order())
        {
            var bytes = new RandomBytes(this, $"gen-{generation}", new RandomBytesArgs { Length = SsmParameterLayout.EncryptionKeyBytes }, SecretBytes);
            keyParameters.Add(new Parameter(this, $"gen-{generation}-parameter", new ParameterArgs
            {
                Name = SsmParameterLayout.EncryptionKey(args.SsmPrefix, generation),
                Description = $"kaws cluster {args.ClusterName}: encryption-at-rest key generation {generation} (32 bytes, base64)",
                Type = "SecureString",
                KeyId = args.KeyArn,
                Value = Fn.Secret(bytes.Base64),
                Tags = ClusterTags.For(args.ClusterName, $"encryption-key-{generation}"),
            }));
        }

        // Written after the keys it names exist, so a master never reads an order whose key is missing.
        Config = new Parameter(this, "config", new ParameterArgs
        {
            Name = SsmParameterLayout.EncryptionConfig(args.SsmPrefix),
            Description = $"kaws cluster {args.ClusterName}: EncryptionConfiguration of the current rotation stage (keys are placeholders)",
            Type = "SecureString",
            KeyId = args.KeyArn,
            Value = args.EncryptionConfig,
            Tags = ClusterTags.For(args.ClusterName, "encryption-config"),
        }, new ResourceOptions { DependsOn = [.. keyParameters] });
    }

    public Parameter Config { get; }
}
