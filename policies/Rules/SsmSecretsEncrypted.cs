using System.Text.RegularExpressions;

namespace Kaws.Policies;

/// <summary>
/// SSM parameters that hold key material are SecureString under a customer KMS key. A parameter holds key
/// material when its name says so (under /kaws/&lt;cluster&gt;/master/, or containing ".key", "token" or
/// "encryption-key"), when it is tagged kaws:secret=true, or when its value is a secret.
/// </summary>
public sealed partial class SsmSecretsEncrypted() : ResourceRule(
    "ssm-secrets-encrypted",
    "SSM parameters holding keys or tokens are SecureString with a keyId (names under /kaws/<cluster>/master/ or containing .key, token or encryption-key; tag kaws:secret=true; secret values).",
    EnforcementLevel.Mandatory)
{
    public const string SecretTag = "kaws:secret";

    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        if (resource.Type != ResourceTypes.SsmParameter)
        {
            yield break;
        }

        var props = resource.Properties;
        var why = WhySecret(resource);
        if (why is null)
        {
            yield break;
        }

        var type = props["type"];
        if (!type.Is("SecureString"))
        {
            yield return $"holds key material ({why}) but type is {type.Describe()}, expected \"SecureString\"";
        }

        if (props["keyId"].IsNull)
        {
            yield return $"holds key material ({why}) but sets no keyId (the customer KMS key that encrypts it)";
        }
    }

    private static string? WhySecret(PolicyResource resource)
    {
        var props = resource.Properties;
        if (props["name"].Text is { } name && !props["name"].IsUnknown && SecretName().IsMatch(name))
        {
            return $"name \"{name}\"";
        }

        if (resource.Tag(SecretTag) == "true")
        {
            return $"tag {SecretTag}=true";
        }

        return props["value"].IsSecret ? "its value is a secret" : null;
    }

    [GeneratedRegex(@"^/kaws/[^/]+/master/|\.key|token|encryption-key", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
