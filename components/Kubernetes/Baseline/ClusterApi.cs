using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Providers.Kubernetes;

namespace Kaws.Kubernetes.Baseline;

/// <summary>Inputs of <see cref="ClusterApi"/>.</summary>
/// <param name="ApiEndpoint">The API load balancer's DNS name; the provider dials https://NAME:443.</param>
/// <param name="ClusterCaCertPem">The cluster CA certificate(s) the provider trusts (PEM).</param>
/// <param name="AdminCertPem">The break-glass admin client certificate (PEM).</param>
/// <param name="AdminKeyPem">The break-glass admin private key (PEM); only ever inside the secret kubeconfig.</param>
/// <param name="DependsOn">What must exist before the provider dials the API (the master group).</param>
/// <param name="TunnelPort">A local port forwarded to the load balancer's 443 (an internal API reached through
/// Session Manager); the provider then dials 127.0.0.1 and checks the certificate for the load balancer's name.</param>
public sealed record ClusterApiArgs(
    string ClusterName,
    Value ApiEndpoint,
    Value ClusterCaCertPem,
    Value AdminCertPem,
    Value AdminKeyPem,
    ImmutableArray<CustomResource> DependsOn,
    int? TunnelPort = null);

/// <summary>
/// The engine's way into the cluster: an explicit kubernetes provider configured with the break-glass admin's
/// kubeconfig (secret as a whole). Every stack declares it, so the stack and the engine's plugin discovery
/// name the same packages; with an internal API and the baseline off nothing is sent through it (the
/// provider reports the cluster unreachable from outside the VPC and carries on).
/// </summary>
public sealed class ClusterApi : ComponentResource
{
    public const string KubeconfigUser = "break-glass-admin";

    public ClusterApi(Construct scope, string id, ClusterApiArgs args)
        : base(scope, id, "kaws:kubernetes:ClusterApi")
    {
        Provider = new Provider(this, "provider", new ProviderArgs
        {
            Kubeconfig = Kubeconfig(args),
            EnableServerSideApply = true,
        }, new ResourceOptions { DependsOn = args.DependsOn, AdditionalSecretOutputs = ["kubeconfig"] });
    }

    public Provider Provider { get; }

    /// <summary>
    /// The kubeconfig of the break-glass admin, as JSON (a kubeconfig is YAML, JSON is YAML): secret as a whole
    /// because it embeds the client key.
    /// </summary>
    public static Value Kubeconfig(ClusterApiArgs args) => Fn.Secret(Fn.ToJson(Map(
        ("apiVersion", "v1"),
        ("kind", "Config"),
        ("clusters", new ListValue([Map(
            ("name", args.ClusterName),
            ("cluster", Cluster(args)))])),
        ("users", new ListValue([Map(
            ("name", KubeconfigUser),
            ("user", Map(
                ("client-certificate-data", Fn.ToBase64(args.AdminCertPem)),
                ("client-key-data", Fn.ToBase64(args.AdminKeyPem)))))])),
        ("contexts", new ListValue([Map(
            ("name", args.ClusterName),
            ("context", Map(("cluster", args.ClusterName), ("user", KubeconfigUser))))])),
        ("current-context", args.ClusterName))));

    /// <summary>Where the provider dials and what it trusts: the load balancer, or the tunnel's local end under its name.</summary>
    private static MapValue Cluster(ClusterApiArgs args)
    {
        var trust = Map(("certificate-authority-data", Fn.ToBase64(args.ClusterCaCertPem)));
        return args.TunnelPort is { } port
            ? trust.With("server", $"https://127.0.0.1:{port}").With("tls-server-name", args.ApiEndpoint)
            : trust.With("server", Fn.Join("", ["https://", args.ApiEndpoint, ":443"]));
    }

    private static MapValue Map(params (string Key, Value Value)[] entries) =>
        new(entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)));
}
