using System.Text.RegularExpressions;

namespace Kaws.Policies;

/// <summary>
/// User data is readable by anything that can call ec2:DescribeInstanceAttribute and by every process on
/// the machine through the metadata service, so it never carries secrets: machines fetch them from SSM
/// at boot. Looks for PEM private keys and kubeadm bootstrap tokens in the text and in every decoded
/// write_files entry, and for user data built from a secret value.
/// </summary>
public sealed partial class NoSecretsInUserData() : ResourceRule(
    "no-secrets-in-user-data",
    "User data holds no private key (PEM), no bootstrap token ([a-z0-9]{6}.[a-z0-9]{16}) and no secret value; machines fetch secrets at boot.",
    EnforcementLevel.Mandatory)
{
    public override IEnumerable<string> Check(PolicyResource resource, PolicySettings settings)
    {
        foreach (var userData in UserDataReader.Read(resource))
        {
            if (userData.IsSecret)
            {
                yield return $"{userData.Property} is built from a secret value; fetch it at boot (SSM SecureString) instead";
            }

            var texts = new List<(string Where, string Text)>();
            if (userData.Text is { } text)
            {
                texts.Add((userData.Property, text));
            }

            texts.AddRange(userData.Files.Select(file => ($"{userData.Property} file {file.Path}", file.Content)));
            foreach (var (where, content) in texts)
            {
                if (PrivateKey().IsMatch(content))
                {
                    yield return $"{where} contains a PEM private key";
                }

                if (BootstrapToken().IsMatch(content))
                {
                    yield return $"{where} contains a kubeadm bootstrap token";
                }
            }
        }
    }

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    // The dot is matched first and the six characters before it by lookbehind: the same tokens, but the
    // search jumps from dot to dot instead of trying a match at every letter (a third of a plan's policy time).
    [GeneratedRegex(@"(?<=(?<![a-z0-9])[a-z0-9]{6})\.[a-z0-9]{16}(?![a-z0-9])")]
    private static partial Regex BootstrapToken();
}
