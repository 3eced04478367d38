using Kaws.Kubernetes.Boot;
using YamlDotNet.RepresentationModel;
using static Kaws.Tests.Kubernetes.Boot.YamlReading;

namespace Kaws.Tests.Kubernetes.Boot;

public class AuditPolicySpecs
{
    private static readonly YamlMappingNode Policy = Single(AuditPolicyBuilder.Render());

    /// <summary>One request as the audit policy sees it.</summary>
    private sealed record Request(string User, string[] Groups, string Verb, string? ApiGroup = null, string? Resource = null, string? Namespace = null, string? Path = null);

    /// <summary>The level of the first rule that matches, evaluated the way the API server does.</summary>
    private static string LevelOf(Request request)
    {
        foreach (var rule in List(Policy, "rules"))
        {
            if (Matches(rule, request))
            {
                return Text(rule, "level");
            }
        }

        return "None";
    }

    private static bool Matches(YamlNode rule, Request request)
    {
        if (Has(rule, "users") && !Texts(rule, "users").Contains(request.User))
        {
            return false;
        }

        if (Has(rule, "userGroups") && !Texts(rule, "userGroups").Intersect(request.Groups).Any())
        {
            return false;
        }

        if (Has(rule, "verbs") && !Texts(rule, "verbs").Contains(request.Verb))
        {
            return false;
        }

        if (request.Path is not null)
        {
            return !Has(rule, "resources") && !Has(rule, "namespaces") &&
                   (!Has(rule, "nonResourceURLs") || Texts(rule, "nonResourceURLs").Any(pattern =>
                       pattern.EndsWith('*') ? request.Path.StartsWith(pattern[..^1], StringComparison.Ordinal) : request.Path == pattern));
        }

        if (Has(rule, "nonResourceURLs"))
        {
            return false;
        }

        if (Has(rule, "namespaces") && !Texts(rule, "namespaces").Contains(request.Namespace ?? ""))
        {
            return false;
        }

        return !Has(rule, "resources") || List(rule, "resources").Any(group =>
            Text(group, "group") == request.ApiGroup && (!Has(group, "resources") || Texts(group, "resources").Contains(request.Resource!)));
    }

    private static readonly string[] Authenticated = ["system:authenticated"];

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz?verbose")]
    [InlineData("/livez/etcd")]
    [InlineData("/version")]
    public void Health_and_version_probes_are_not_logged(string path)
    {
        Assert.Equal("None", LevelOf(new Request("system:anonymous", ["system:unauthenticated"], "get", Path: path)));
    }

    [Fact]
    public void Other_non_resource_requests_are_logged_with_metadata()
    {
        Assert.Equal("Metadata", LevelOf(new Request("alice", Authenticated, "get", Path: "/apis")));
    }

    [Fact]
    public void Kube_proxy_watching_endpoints_is_noise_but_its_other_requests_are_not()
    {
        Assert.Equal("None", LevelOf(new Request("system:kube-proxy", Authenticated, "watch", "", "endpoints")));
        Assert.Equal("None", LevelOf(new Request("system:kube-proxy", Authenticated, "watch", "discovery.k8s.io", "endpointslices")));
        Assert.Equal("Metadata", LevelOf(new Request("system:kube-proxy", Authenticated, "list", "", "secrets")));
    }

    [Theory]
    [InlineData("get", "", "secrets")]
    [InlineData("create", "", "secrets")]
    [InlineData("update", "", "configmaps")]
    [InlineData("create", "", "serviceaccounts/token")]
    [InlineData("create", "authentication.k8s.io", "tokenreviews")]
    public void Anything_carrying_secrets_or_tokens_is_logged_without_bodies(string verb, string group, string resource)
    {
        Assert.Equal("Metadata", LevelOf(new Request("alice", Authenticated, verb, group, resource, "default")));
    }

    [Theory]
    [InlineData("create", "rbac.authorization.k8s.io", "clusterrolebindings")]
    [InlineData("patch", "rbac.authorization.k8s.io", "roles")]
    [InlineData("delete", "rbac.authorization.k8s.io", "rolebindings")]
    [InlineData("create", "certificates.k8s.io", "certificatesigningrequests")]
    [InlineData("update", "certificates.k8s.io", "certificatesigningrequests/approval")]
    public void Rbac_and_certificate_changes_are_logged_with_full_bodies(string verb, string group, string resource)
    {
        Assert.Equal("RequestResponse", LevelOf(new Request("alice", Authenticated, verb, group, resource)));
    }

    [Fact]
    public void Reading_rbac_objects_and_everything_else_is_logged_with_metadata()
    {
        Assert.Equal("Metadata", LevelOf(new Request("alice", Authenticated, "get", "rbac.authorization.k8s.io", "clusterroles")));
        Assert.Equal("Metadata", LevelOf(new Request("alice", Authenticated, "create", "apps", "deployments", "default")));
    }

    [Fact]
    public void Events_and_node_status_reads_by_kubelets_are_not_logged()
    {
        Assert.Equal("None", LevelOf(new Request("system:node:ip-10-0-1-5", ["system:nodes"], "get", "", "nodes")));
        Assert.Equal("None", LevelOf(new Request("alice", Authenticated, "create", "", "events", "default")));
    }

    [Fact]
    public void The_request_received_stage_is_omitted_and_the_policy_ends_with_a_metadata_catch_all()
    {
        Assert.Equal("audit.k8s.io/v1", Text(Policy, "apiVersion"));
        Assert.Equal("Policy", Text(Policy, "kind"));
        Assert.Equal(["RequestReceived"], Texts(Policy, "omitStages"));
        var last = Assert.IsType<YamlMappingNode>(List(Policy, "rules")[^1]);
        Assert.Equal("Metadata", Text(last, "level"));
        Assert.Single(last.Children);
    }
}
