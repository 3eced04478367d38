using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Providers.Kubernetes.AdmissionregistrationV1;

namespace Kaws.Kubernetes.Baseline;

/// <summary>Inputs of <see cref="ImageAllowlistPolicy"/>; <paramref name="Options"/> carry the baseline's provider and dependencies.</summary>
public sealed record ImageAllowlistPolicyArgs(ImmutableArray<string> Allowlist, ResourceOptions Options);

/// <summary>
/// A ValidatingAdmissionPolicy and its Deny binding: pods and workload templates are admitted only when every
/// image (containers, init and ephemeral containers) comes from an allowlisted registry prefix.
/// </summary>
public sealed class ImageAllowlistPolicy : ComponentResource
{
    public ImageAllowlistPolicy(Construct scope, string id, ImageAllowlistPolicyArgs args)
        : base(scope, id, "kaws:kubernetes:ImageAllowlistPolicy")
    {
        var allowlist = args.Allowlist;
        var options = args.Options;
        var policy = new ValidatingAdmissionPolicy(this, "policy", new ValidatingAdmissionPolicyArgs
        {
            ApiVersion = "admissionregistration.k8s.io/v1",
            Kind = "ValidatingAdmissionPolicy",
            Metadata = InClusterBaseline.Meta(InClusterBaseline.ImageAllowlistPolicyName),
            Spec = new ValidatingAdmissionPolicySpecArgs
            {
                FailurePolicy = "Fail",
                MatchConstraints = new MatchResourcesArgs
                {
                    ResourceRules = new[]
                    {
                        Rule("", ["pods", "pods/ephemeralcontainers"]),
                        Rule("apps", ["deployments", "replicasets", "statefulsets", "daemonsets"]),
                        Rule("batch", ["jobs", "cronjobs"]),
                    },
                },
                Variables = new[]
                {
                    new VariableArgs { Name = "podSpec", Expression = ImageAllowlistExpression.PodSpecVariable },
                    new VariableArgs { Name = "images", Expression = ImageAllowlistExpression.ImagesVariable },
                },
                Validations = new[]
                {
                    new ValidationArgs
                    {
                        Expression = ImageAllowlistExpression.Validation(allowlist),
                        Message = "every image must come from an allowlisted registry: " + string.Join(", ", ImageAllowlistExpression.Prefixes(allowlist)),
                        Reason = "Forbidden",
                    },
                },
            },
        }, options);

        new ValidatingAdmissionPolicyBinding(this, "binding", new ValidatingAdmissionPolicyBindingArgs
        {
            ApiVersion = "admissionregistration.k8s.io/v1",
            Kind = "ValidatingAdmissionPolicyBinding",
            Metadata = InClusterBaseline.Meta(InClusterBaseline.ImageAllowlistPolicyName),
            Spec = new ValidatingAdmissionPolicyBindingSpecArgs { PolicyName = InClusterBaseline.ImageAllowlistPolicyName, ValidationActions = new[] { "Deny" } },
        }, options with { DependsOn = options.DependsOn.Add(policy) });
    }

    private static NamedRuleWithOperationsArgs Rule(string apiGroup, string[] resources) => new()
    {
        ApiGroups = new[] { apiGroup },
        ApiVersions = new[] { "*" },
        Operations = new[] { "CREATE", "UPDATE" },
        Resources = resources,
    };
}
