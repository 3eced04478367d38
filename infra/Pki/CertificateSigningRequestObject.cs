using System.Globalization;
using System.Security.Cryptography;
using YamlDotNet.RepresentationModel;

namespace Kaws.Infra.Pki;

/// <summary>
/// A verified admin CSR as a certificates.k8s.io/v1 CertificateSigningRequest for clusters that sign in-cluster:
/// signer kubernetes.io/kube-apiserver-client, client auth only, expirationSeconds from the validity. The name is
/// derived from the user and the CSR's digest, so the same CSR always gives the same object.
/// </summary>
public static class CertificateSigningRequestObject
{
    public static string Render(VerifiedAdminRequest verified, TimeSpan validity)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(verified.RequestBytes))[..12];
        var root = new YamlMappingNode
        {
            { "apiVersion", "certificates.k8s.io/v1" },
            { "kind", "CertificateSigningRequest" },
            {
                "metadata", new YamlMappingNode
                {
                    { "name", $"kaws-admin-{verified.User.ToLowerInvariant().Replace('@', '-').Replace('_', '-')}-{digest}" },
                    { "annotations", new YamlMappingNode { { "kaws.io/approved-by-openpgp-fingerprint", verified.Admin.Fingerprint } } },
                }
            },
            {
                "spec", new YamlMappingNode
                {
                    { "request", Convert.ToBase64String(verified.RequestBytes) },
                    { "signerName", "kubernetes.io/kube-apiserver-client" },
                    { "expirationSeconds", new YamlScalarNode(((long)validity.TotalSeconds).ToString(CultureInfo.InvariantCulture)) },
                    { "usages", new YamlSequenceNode(new YamlScalarNode("client auth")) },
                }
            },
        };
        return PkiYaml.Write(root);
    }
}
