using YamlDotNet.RepresentationModel;

namespace Kaws.Infra.Pki;

/// <summary>
/// A kubeconfig for one admin: the cluster CA and the client certificate embedded; the private key referenced by a
/// path relative to the kubeconfig (kubectl resolves it there), or embedded only when the caller asks for it.
/// </summary>
public static class AdminKubeconfig
{
    public static string Render(string server, string caPem, string user, string certificatePem, string? keyPath, string? keyPem)
    {
        var context = $"{user}@kaws";
        var userNode = new YamlMappingNode { { "client-certificate-data", Base64(certificatePem) } };
        if (keyPem is not null)
        {
            userNode.Add("client-key-data", Base64(keyPem));
        }
        else
        {
            userNode.Add("client-key", keyPath!);
        }

        var root = new YamlMappingNode
        {
            { "apiVersion", "v1" },
            { "kind", "Config" },
            { "clusters", new YamlSequenceNode(new YamlMappingNode { { "name", "kaws" }, { "cluster", new YamlMappingNode { { "server", server }, { "certificate-authority-data", Base64(caPem) } } } }) },
            { "users", new YamlSequenceNode(new YamlMappingNode { { "name", user }, { "user", userNode } }) },
            { "contexts", new YamlSequenceNode(new YamlMappingNode { { "name", context }, { "context", new YamlMappingNode { { "cluster", "kaws" }, { "user", user } } } }) },
            { "current-context", context },
        };
        return PkiYaml.Write(root);
    }

    private static string Base64(string pem) => Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(pem));
}
