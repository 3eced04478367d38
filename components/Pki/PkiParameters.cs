using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Ssm;

namespace Kaws.Pki;

/// <summary>
/// Delivers PKI material to SSM Parameter Store, where instances read it at boot with their own role.
/// Key material is a SecureString encrypted with the cluster KMS key and its value stays secret in
/// state; certificates are plain Strings. Intelligent-Tiering keeps a parameter in the free standard
/// tier unless it outgrows 4 KB (a two-generation RSA-4096 bundle during a CA rotation can).
/// </summary>
public sealed class PkiParameters : ComponentResource
{
    public const string Tier = "Intelligent-Tiering";

    public PkiParameters(Construct scope, string id, PkiParametersArgs args)
        : base(scope, id, "kaws:pki:PkiParameters")
    {
        foreach (var parameter in args.Parameters)
        {
            var tags = parameter.Secret
                ? ClusterTags.For(args.ClusterName, parameter.Id, new Dictionary<string, string> { ["kaws:secret"] = "true" })
                : ClusterTags.For(args.ClusterName, parameter.Id);
            var resource = new Parameter(this, parameter.Id, new ParameterArgs
            {
                Name = parameter.Name,
                Type = parameter.Secret ? "SecureString" : "String",
                KeyId = parameter.Secret ? args.KmsKeyArn : (Input<string>?)null,
                Value = parameter.Secret && parameter.Value is not FunctionCall { Name: "secret" } ? Fn.Secret(parameter.Value) : parameter.Value,
                Tier = Tier,
                Tags = tags,
            });
            Parameters.Add(parameter.Name, resource);
        }
    }

    /// <summary>The parameters by SSM name.</summary>
    public SortedDictionary<string, Parameter> Parameters { get; } = new(StringComparer.Ordinal);
}
