using System.Collections.Immutable;
using Kaws.Core;
using Kaws.Providers.Aws.Autoscaling;
using Kaws.Providers.Aws.Ec2;

namespace Kaws.Compute;

/// <summary>What an auto scaling group of masters or nodes is: its size, where, and what it is tagged with.</summary>
public sealed record PrivateScalingGroupSpec(
    string ClusterName,
    string Name,
    int Min,
    int Desired,
    int Max,
    ImmutableArray<Output<string>> SubnetIds,
    ImmutableArray<Output<string>> TargetGroupArns,
    ImmutableSortedDictionary<string, string> ExtraTags,
    ImmutableArray<CustomResource> BootPrerequisites,
    bool RollOnTemplateChange = false,
    HealthyTargetsWait? WaitOnCreate = null);

/// <summary>
/// Creating the group waits until <paramref name="Count"/> of its instances pass the target groups' health checks,
/// for at most <paramref name="Timeout"/> (a Go duration such as "20m"); later updates do not wait.
/// </summary>
public sealed record HealthyTargetsWait(int Count, string Timeout);

/// <summary>An auto scaling group over the private subnets, launching the latest version of one hardened launch template.</summary>
public static class PrivateScalingGroup
{
    public static Group Create(Construct scope, string id, LaunchTemplate template, PrivateScalingGroupSpec spec)
    {
        // Instances are tagged by the launch template; these tags describe the group itself (the autoscaler reads them).
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Name"] = $"{spec.ClusterName}-{spec.Name}",
            ["kaws:cluster"] = spec.ClusterName,
            [$"kubernetes.io/cluster/{spec.ClusterName}"] = "owned",
        };
        foreach (var (key, value) in spec.ExtraTags)
        {
            tags[key] = value;
        }

        var args = new GroupArgs
        {
            MinSize = spec.Min,
            DesiredCapacity = spec.Desired,
            MaxSize = spec.Max,
            VpcZoneIdentifiers = spec.SubnetIds.Select(subnet => (Input<string>)subnet).ToArray(),
            LaunchTemplate = new GroupLaunchTemplateArgs { Id = template.Id, Version = Fn.Format($"{template.LatestVersion}") },
            // EC2 health only: an API server still running kubeadm must not be replaced for failing the LB check.
            HealthCheckType = "EC2",
            HealthCheckGracePeriod = 600,
            Tags = tags.Select(tag => (Input<GroupTagArgs>)new GroupTagArgs { Key = tag.Key, Value = tag.Value, PropagateAtLaunch = false }).ToArray(),
        };
        if (spec.RollOnTemplateChange)
        {
            // A new launch template version (Kubernetes upgrade, AMI, user data) replaces instances one batch at a
            // time, keeping 90% in service; instances already on the new version are skipped.
            args = args with
            {
                InstanceRefresh = new GroupInstanceRefreshArgs
                {
                    Strategy = "Rolling",
                    Preferences = new GroupInstanceRefreshPreferencesArgs { MinHealthyPercentage = 90, InstanceWarmup = "300", SkipMatching = true },
                },
            };
        }

        if (!spec.TargetGroupArns.IsEmpty)
        {
            args = args with { TargetGroupArns = spec.TargetGroupArns.Select(arn => (Input<string>)arn).ToArray() };
        }

        if (spec.WaitOnCreate is { } wait)
        {
            args = args with { MinElbCapacity = wait.Count, WaitForCapacityTimeout = wait.Timeout };
        }

        // The boot reads SSM parameters on first start: instances launch only after every one of them exists.
        return new Group(scope, id, args, new ResourceOptions { DependsOn = spec.BootPrerequisites.IsDefault ? [] : spec.BootPrerequisites });
    }
}
